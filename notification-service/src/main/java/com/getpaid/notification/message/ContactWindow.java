package com.getpaid.notification.message;

import com.getpaid.events.customers.CollectionProfile;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a dunning letter may reach the customer, by its card's contact preferences, in its own time zone: not on a
 * weekday it refuses, not in the first days of a month it refuses (month-end closing), not before its earliest time of
 * day. A letter due at a refused moment waits for the next allowed one. Plain rules, tested without a database.
 */
public final class ContactWindow {

    /** The letter waits {@code until}, because {@code why}. */
    public record Wait(Instant until, String why) {
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
