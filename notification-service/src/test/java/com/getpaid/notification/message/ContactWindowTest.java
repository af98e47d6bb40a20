package com.getpaid.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.customers.CollectionProfile;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A letter due at a moment the customer refuses waits for the next allowed one, in the customer's zone. */
class ContactWindowTest {

    static final CollectionProfile PICKY = new CollectionProfile("li.na", 25, "Asia/Shanghai",
            List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 3, LocalTime.of(9, 30));

    @Test
    void anAllowedMomentSendsAtOnce() {
        // Wednesday 2026-11-25, 10:00 in Shanghai (02:00 UTC)
        assertEquals(Optional.empty(), ContactWindow.at(Instant.parse("2026-11-25T02:00:00Z"), PICKY));
        assertEquals(Optional.empty(), ContactWindow.at(Instant.parse("2026-11-29T02:00:00Z"), null), "no preferences");
    }

    @Test
    void tooEarlyInTheCustomersZoneWaitsForItsEarliestTime() {
        // 08:00 in Shanghai is 00:00 UTC
        var wait = ContactWindow.at(Instant.parse("2026-11-25T00:00:00Z"), PICKY).orElseThrow();
        assertEquals(Instant.parse("2026-11-25T01:30:00Z"), wait.until());
        assertEquals("the customer takes letters from 09:30 (Asia/Shanghai)", wait.why());
    }

    @Test
    void aRefusedWeekendAndTheFirstDaysOfTheMonthAreSkipped() {
        // Saturday 2026-11-28 in Shanghai: Sunday is refused too; Monday 30 Nov at 09:30 Shanghai
        var weekend = ContactWindow.at(Instant.parse("2026-11-28T06:00:00Z"), PICKY).orElseThrow();
        assertEquals(Instant.parse("2026-11-30T01:30:00Z"), weekend.until());
        assertEquals("the customer refuses letters on SATURDAY (Asia/Shanghai)", weekend.why());
        // Tuesday 1 Dec to Thursday 3 Dec are the first three days of the month: Friday 4 Dec at 09:30
        var closing = ContactWindow.at(Instant.parse("2026-12-01T02:00:00Z"), PICKY).orElseThrow();
        assertEquals(Instant.parse("2026-12-04T01:30:00Z"), closing.until());
        assertEquals("the customer refuses letters in the first 3 days of a month", closing.why());
        // Saturday 31 Oct 2026: the weekend, then 1 to 3 Nov (Sunday to Tuesday), so Wednesday 4 Nov
        assertEquals(Instant.parse("2026-11-04T01:30:00Z"),
                ContactWindow.at(Instant.parse("2026-10-31T02:00:00Z"), PICKY).orElseThrow().until());
    }

    @Test
    void theCustomersZoneDecidesTheDay() {
        // 2026-11-27T23:30Z is still Friday in Berlin (00:30 Saturday in Shanghai)
        var berlin = new CollectionProfile(null, null, "Europe/Berlin", List.of(DayOfWeek.SATURDAY), 0, null);
        assertEquals(Optional.empty(), ContactWindow.at(Instant.parse("2026-11-27T22:30:00Z"), berlin));
        assertEquals(Instant.parse("2026-11-28T23:00:00Z"),
                ContactWindow.at(Instant.parse("2026-11-27T23:30:00Z"), berlin).orElseThrow().until());
    }

    static final CollectionProfile NEVER = new CollectionProfile("li.na", null, "Asia/Shanghai",
            List.of(DayOfWeek.values()), 0, null);
    static final java.time.Duration TWO_WEEKS = java.time.Duration.ofDays(14);

    @Test
    void aCardThatRefusesEveryDayGetsItsLetterInTheFirstWorkingHourAfterTheLongestDeferral() {
        // Wednesday 2026-11-25, 10:00 in Shanghai, first deferred now: waits until Wednesday 9 Dec, 10:00 (14 days)
        Instant now = Instant.parse("2026-11-25T02:00:00Z");
        var first = ContactWindow.at(now, NEVER, null, TWO_WEEKS).orElseThrow();
        assertEquals(Instant.parse("2026-12-09T02:00:00Z"), first.until());
        assertEquals(true, first.windowSetAside());
        assertEquals("the customer refuses letters on WEDNESDAY (Asia/Shanghai), but a letter waits at most 14 days for the "
                + "customer's window: it goes in the next working hour", first.why());
        // that moment come, it goes (an until not after now)
        var then = ContactWindow.at(first.until(), NEVER, now, TWO_WEEKS).orElseThrow();
        assertEquals(first.until(), then.until());
        // first deferred on Friday 20 Nov at 19:00 Shanghai: 14 days later is Friday 4 Dec after hours, so Monday 7 Dec 09:00
        var late = ContactWindow.at(Instant.parse("2026-11-25T02:00:00Z"), NEVER, Instant.parse("2026-11-20T11:00:00Z"),
                TWO_WEEKS).orElseThrow();
        assertEquals(Instant.parse("2026-12-07T01:00:00Z"), late.until());
    }

    @Test
    void aWaitWithinTheLongestDeferralKeepsTheCustomersWindow() {
        var weekend = ContactWindow.at(Instant.parse("2026-11-28T06:00:00Z"), PICKY, Instant.parse("2026-11-20T06:00:00Z"),
                TWO_WEEKS).orElseThrow();
        assertEquals(Instant.parse("2026-11-30T01:30:00Z"), weekend.until());
        assertEquals(false, weekend.windowSetAside());
    }

    @Test
    void workingHoursAreWeekdaysFromNineToSixInTheCustomersZone() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        // Wednesday 08:00 -> 09:00; Wednesday 12:00 stays; Friday 18:30 -> Monday 09:00; Saturday noon -> Monday 09:00
        assertEquals(Instant.parse("2026-11-25T01:00:00Z"), ContactWindow.workingHour(Instant.parse("2026-11-25T00:00:00Z"), shanghai));
        assertEquals(Instant.parse("2026-11-25T04:00:00Z"), ContactWindow.workingHour(Instant.parse("2026-11-25T04:00:00Z"), shanghai));
        assertEquals(Instant.parse("2026-11-30T01:00:00Z"), ContactWindow.workingHour(Instant.parse("2026-11-27T10:30:00Z"), shanghai));
        assertEquals(Instant.parse("2026-11-30T01:00:00Z"), ContactWindow.workingHour(Instant.parse("2026-11-28T04:00:00Z"), shanghai));
    }
}
