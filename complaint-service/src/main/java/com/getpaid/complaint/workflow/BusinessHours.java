package com.getpaid.complaint.workflow;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Business time: a complaint logged at 17:00 on a Friday with 60 minutes to be taken is due at 09:00 on Monday (hours
 * 08:30 to 17:30). Time outside the hours and days does not count.
 */
public record BusinessHours(LocalTime opensAt, LocalTime closesAt, Set<DayOfWeek> days, ZoneId zone) {

    /** The moment {@code span} of business time has passed since {@code from}. */
    public Instant after(Instant from, Duration span) {
        ZonedDateTime t = from.atZone(zone);
        Duration left = span;
        for (int guard = 0; guard < 3660; guard++) { // ten years of days: a policy with business days always ends sooner
            if (days.contains(t.getDayOfWeek()) && t.toLocalTime().isBefore(closesAt)) {
                if (t.toLocalTime().isBefore(opensAt)) {
                    t = t.with(opensAt);
                }
                Duration today = Duration.between(t.toLocalTime(), closesAt);
                if (left.compareTo(today) <= 0) {
                    return t.plus(left).toInstant();
                }
                left = left.minus(today);
            }
            t = t.toLocalDate().plusDays(1).atTime(opensAt).atZone(zone);
        }
        throw new IllegalStateException("No business time in ten years: " + this);
    }
}
