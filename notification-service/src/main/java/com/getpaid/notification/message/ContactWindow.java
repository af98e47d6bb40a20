package com.getpaid.notification.message;

import com.getpaid.events.customers.CollectionProfile;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a dunning letter may reach the customer, by its card's contact preferences, in its own time zone: not on a
 * weekday it refuses, not in the first days of a month it refuses (month-end closing), not before its earliest time of
 * day. A letter due at a refused moment waits for the next allowed one, but never longer than the longest deferral
 * from its first wait: a card that refuses every day (or nearly) would keep it for ever, so past that the window is set
 * aside and the letter goes in the next working hour (Monday to Friday, 09:00 to 18:00 in the customer's zone). Plain
 * rules, tested without a database.
 */
public final class ContactWindow {

    static final LocalTime WORK_STARTS = LocalTime.of(9, 0);
    static final LocalTime WORK_ENDS = LocalTime.of(18, 0);

    /** The letter waits {@code until}, because {@code why}; {@code windowSetAside}: it goes then against the window. */
    public record Wait(Instant until, String why, boolean windowSetAside) {
        public Wait(Instant until, String why) {
            this(until, why, false);
        }
    }

    /**
     * As {@link #at(Instant, CollectionProfile)}, bounded: a letter first deferred at {@code deferredSince} (null: not
     * yet) waits at most {@code maxDeferral}; a wait beyond it becomes the first working hour after it, with the window
     * set aside (an until at or before {@code now}: it goes now).
     */
    public static Optional<Wait> at(Instant now, CollectionProfile profile, Instant deferredSince, Duration maxDeferral) {
        Optional<Wait> wait = at(now, profile);
        if (wait.isEmpty()) {
            return wait;
        }
        Instant deadline = (deferredSince == null ? now : deferredSince).plus(maxDeferral);
        if (!wait.get().until().isAfter(deadline)) {
            return wait;
        }
        Instant goes = workingHour(deadline.isAfter(now) ? deadline : now, profile.zoneId());
        return Optional.of(new Wait(goes, wait.get().why() + ", but a letter waits at most " + maxDeferral.toDays()
                + " days for the customer's window: it goes in the next working hour", true));
    }

    /** The first moment at or after {@code t} in working hours (Monday to Friday, 09:00 to 18:00) in {@code zone}. */
    static Instant workingHour(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        if (!z.toLocalTime().isBefore(WORK_ENDS)) {
            z = z.toLocalDate().plusDays(1).atTime(WORK_STARTS).atZone(zone);
        }
        while (z.getDayOfWeek() == DayOfWeek.SATURDAY || z.getDayOfWeek() == DayOfWeek.SUNDAY) {
            z = z.toLocalDate().plusDays(1).atTime(WORK_STARTS).atZone(zone);
        }
        if (z.toLocalTime().isBefore(WORK_STARTS)) {
            z = z.toLocalDate().atTime(WORK_STARTS).atZone(zone);
        }
        return z.toInstant();
    }

    /** Empty when the letter may go at {@code now}. */
    public static Optional<Wait> at(Instant now, CollectionProfile profile) {
        if (profile == null) {
            return Optional.empty();
        }
        ZonedDateTime t = now.atZone(profile.zoneId());
        String why = null;
        for (int day = 0; day < 40; day++) {
            String refused = refusedDay(t, profile);
            if (refused == null) {
                break;
            }
            why = why == null ? refused : why;
            t = t.toLocalDate().plusDays(1).atStartOfDay(t.getZone());
        }
        LocalTime earliest = profile.notBefore();
        if (earliest != null && t.toLocalTime().isBefore(earliest)) {
            why = why == null ? "the customer takes letters from " + earliest + " (" + profile.zoneId() + ")" : why;
            t = t.toLocalDate().atTime(earliest).atZone(t.getZone());
        }
        return why == null ? Optional.empty() : Optional.of(new Wait(t.toInstant(), why));
    }

    private static String refusedDay(ZonedDateTime t, CollectionProfile p) {
        if (p.avoidWeekdays() != null && p.avoidWeekdays().contains(t.getDayOfWeek())) {
            return "the customer refuses letters on " + t.getDayOfWeek() + " (" + p.zoneId() + ")";
        }
        if (p.avoidFirstDaysOfMonth() != null && t.getDayOfMonth() <= p.avoidFirstDaysOfMonth()) {
            return "the customer refuses letters in the first " + p.avoidFirstDaysOfMonth() + " days of a month";
        }
        return null;
    }

    private ContactWindow() {
    }
}
