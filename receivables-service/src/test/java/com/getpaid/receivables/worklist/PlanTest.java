package com.getpaid.receivables.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worklist's order and suggestions, worked by hand. */
class PlanTest {

    @Test
    void theScoreAddsAmountAgeBrokenPromisesAndTheSettlementDay() {
        // 10 x log10(10,001) = 40.0004; 50 / 3 = 16.667; settlement tomorrow: 20 -> 76.7
        assertEquals(new BigDecimal("76.7"), Plan.score(new BigDecimal("10000.00"), 50, 0, 1));
        // the same customer graded C comes 15 ahead, B 5; A counts as no grade
        assertEquals(new BigDecimal("91.7"), Plan.score(new BigDecimal("10000.00"), 50, 0, 1, "C"));
        assertEquals(new BigDecimal("81.7"), Plan.score(new BigDecimal("10000.00"), 50, 0, 1, "B"));
        assertEquals(new BigDecimal("76.7"), Plan.score(new BigDecimal("10000.00"), 50, 0, 1, "A"));
        // 10 x log10(1,001) = 30.004; age capped at 180 days: 60; two broken promises: 30; settlement far: 0 -> 120.0
        assertEquals(new BigDecimal("120.0"), Plan.score(new BigDecimal("1000.00"), 400, 2, 12));
        // nothing known of the settlement day
        assertEquals(new BigDecimal("33.7"), Plan.score(new BigDecimal("999.00"), 11, 0, null));
    }

    @Test
    void theActionFollowsTheSettlementDayTheLadderAndPromises() {
        assertEquals("VISIT", Plan.action(4, 4, 200, 0, 2), "settlement day within two days: be there early");
        assertEquals("LEGAL", Plan.action(4, 4, 91, 0, 3));
        assertEquals("STOP_SUPPLY", Plan.action(4, 4, 70, 0, null));
        assertEquals("STOP_SUPPLY", Plan.action(3, 4, 35, 0, null));
        assertEquals("CALL", Plan.action(2, 4, 20, 0, null));
        assertEquals("CALL", Plan.action(1, 4, 3, 1, null), "a broken promise calls for a call");
        assertEquals("LETTER", Plan.action(1, 4, 3, 0, null));
    }

    @Test
    void theNextSettlementDayFallsOnTheLastDayOfAShorterMonth() {
        assertEquals(LocalDate.of(2026, 11, 25), Plan.nextSettlement(25, LocalDate.of(2026, 11, 20)));
        assertEquals(LocalDate.of(2026, 11, 25), Plan.nextSettlement(25, LocalDate.of(2026, 11, 25)));
        assertEquals(LocalDate.of(2026, 12, 25), Plan.nextSettlement(25, LocalDate.of(2026, 11, 26)));
        assertEquals(LocalDate.of(2027, 2, 28), Plan.nextSettlement(31, LocalDate.of(2027, 2, 1)));
        assertEquals(LocalDate.of(2027, 3, 31), Plan.nextSettlement(31, LocalDate.of(2027, 3, 1)));
    }
}
