package com.getpaid.customer.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.customers.CreditAssessed.PaymentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The grade table on worked examples, computed by hand and written here. */
class CreditGradingTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static PaymentRecord record(int due, int late, String avgLate, int broken) {
        return new PaymentRecord(due, late, d(avgLate), broken, CreditGrading.recordScore(due, late, d(avgLate), broken));
    }

    @Test
    void each_indicator_scores_from_poor_to_good_and_beyond_is_clamped() {
        assertEquals(d("1.00"), CreditGrading.between(d("2.5"), "1.6", "2.5"));
        assertEquals(d("0.50"), CreditGrading.between(d("2.05"), "1.6", "2.5"));
        assertEquals(d("0.00"), CreditGrading.between(d("1.2"), "1.6", "2.5"));
        assertEquals(d("0.75"), CreditGrading.between(d("0.6"), "0.9", "0.5"), "debt-to-assets: lower is better");
        assertEquals(d("1.00"), CreditGrading.between(d("20"), "9", "14"));
    }

    @Test
    void the_payment_record_weighs_lateness_and_broken_promises() {
        // 10 due, 2 late, 6 days late on average: 1 - 0.2 x 0.5 - 6/120 = 0.85
        assertEquals(d("0.85"), CreditGrading.recordScore(10, 2, d("6"), 0));
        // the same with a promise broken: 0.85 - 0.20 = 0.65
        assertEquals(d("0.65"), CreditGrading.recordScore(10, 2, d("6"), 1));
        // the one invoice paid 3 days late: 1 - 0.5 - 0.025 = 0.475, 0.48
        assertEquals(d("0.48"), CreditGrading.recordScore(1, 1, d("3"), 0));
        // all 4 late by 90 days on average: 1 - 0.5 - 0.5 = 0
        assertEquals(d("0.00"), CreditGrading.recordScore(4, 4, d("90"), 0));
        assertNull(CreditGrading.recordScore(0, 0, d("0"), 0), "no record yet");
    }

    @Test
    void a_sound_customer_that_pays_on_time_is_A() {
        // indicators 1.00, 0.75, 0.60 (12 on 9→14), 0.53 (0.28 on 0.20→0.35); record 1.00
        // 0.40 x 1.00 + 0.15 x (1.00 + 0.75 + 0.60 + 0.53) = 0.40 + 0.432 = 0.83
        CreditGrading.Grade g = CreditGrading.grade(d("2.6"), d("0.6"), d("12"), d("0.28"), record(12, 0, "0", 0));
        assertEquals(d("0.83"), g.score());
        assertEquals("A", g.grade());
        assertTrue(g.explanation().contains("grade A"), g.explanation());
    }

    @Test
    void the_same_accounts_with_a_poor_payment_record_fall_to_B_and_the_record_weighs_most() {
        // record 0.00 (all late, 90 days): 0.15 x 2.88 = 0.432 -> 0.43: B
        assertEquals("B", CreditGrading.grade(d("2.6"), d("0.6"), d("12"), d("0.28"), record(5, 5, "90", 0)).grade());
        // weak accounts (all poor) but a perfect record: 0.40: B; with a promise broken: C
        assertEquals(d("0.40"), CreditGrading.grade(d("1.5"), d("0.95"), d("8"), d("0.1"), record(6, 0, "0", 0)).score());
        assertEquals("C", CreditGrading.grade(d("1.5"), d("0.95"), d("8"), d("0.1"), record(6, 0, "0", 1)).grade());
    }

    @Test
    void a_new_customer_without_a_record_counts_as_neither_good_nor_bad() {
        // 0.40 x 0.50 + 0.15 x (0.50 + 0.50 + 0.40 + 0.33) = 0.20 + 0.2595 = 0.46: B
        CreditGrading.Grade g = CreditGrading.grade(d("2.05"), d("0.7"), d("11"), d("0.25"),
                new PaymentRecord(0, 0, d("0"), 0, null));
        assertEquals(d("0.46"), g.score());
        assertEquals("B", g.grade());
        assertTrue(g.explanation().contains("none yet"));
    }

    @Test
    void reviews_grace_and_limits_follow_the_grade() {
        LocalDate on = LocalDate.of(2026, 11, 27);
        assertEquals(LocalDate.of(2027, 5, 27), CreditGrading.nextReview("A", on));
        assertEquals(LocalDate.of(2027, 2, 27), CreditGrading.nextReview("B", on));
        assertEquals(LocalDate.of(2026, 12, 27), CreditGrading.nextReview("C", on));
        assertEquals(30, CreditGrading.graceDays("A"));
        assertEquals(0, CreditGrading.graceDays("C"));
        // 120,000 a year: 10,000 a month; A two months
        assertEquals(d("20000.00"), CreditGrading.recommendedLimit("A", d("120000.00"), d("5000.00"), 2));
        assertEquals(d("5000.00"), CreditGrading.recommendedLimit("C", d("120000.00"), d("5000.00"), 2));
        assertEquals(d("3700.00"), CreditGrading.recommendedLimit("B", d("0"), d("5000.00"), 2), "no sales: 3/4 of 5000, down to 100s");
    }
}
