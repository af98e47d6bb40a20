package com.getpaid.complaint.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final BusinessHours hours = new BusinessHours(LocalTime.of(8, 30), LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), SHANGHAI);

    static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SHANGHAI).toInstant();
    }

    @Test
    void within_the_day_an_hour_is_an_hour() {
        assertEquals(at("2026-11-23T11:15"), hours.after(at("2026-11-23T10:15"), Duration.ofMinutes(60)));
    }

    @Test
    void friday_afternoon_runs_on_into_monday_morning() {
        assertEquals(at("2026-11-30T09:00"), hours.after(at("2026-11-27T17:00"), Duration.ofMinutes(60)));
    }

    @Test
    void a_complaint_logged_at_night_counts_from_the_opening() {
        assertEquals(at("2026-11-24T09:30"), hours.after(at("2026-11-23T22:40"), Duration.ofMinutes(60)));
        assertEquals(at("2026-11-24T09:30"), hours.after(at("2026-11-24T06:00"), Duration.ofMinutes(60)));
    }

    @Test
    void saturday_counts_from_monday() {
        assertEquals(at("2026-11-30T09:30"), hours.after(at("2026-11-28T10:00"), Duration.ofMinutes(60)));
    }
}
