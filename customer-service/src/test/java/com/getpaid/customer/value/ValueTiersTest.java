package com.getpaid.customer.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 80/15/5 line and RFM on ten customers, worked by hand. */
class ValueTiersTest {

    static ValueTiers.Sales s(String id, String revenue, int invoices, int daysSinceLast) {
        return s(id, "CNY", revenue, invoices, daysSinceLast);
    }

    static ValueTiers.Sales s(String id, String currency, String revenue, int invoices, int daysSinceLast) {
        return new ValueTiers.Sales(id, currency, new BigDecimal(revenue), invoices, daysSinceLast);
    }

    @Test
    void the_few_that_make_eighty_percent_are_A_the_next_fifteen_B_the_rest_C() {
        // total 1000: K1 500 (0 % above), K2 250 (50 %), K3 100 (75 %: still A), K4 60 (85 %: B), K5 40 (91 %: B),
        // K6 30 (95 %: C), K7..K9 20 together (C), K10 none (C)
        Map<String, ValueTiers.Value> v = ValueTiers.rank(List.of(s("K1", "500", 12, 3), s("K2", "250", 10, 5),
                s("K3", "100", 8, 10), s("K4", "60", 6, 20), s("K5", "40", 5, 30), s("K6", "30", 4, 40), s("K7", "10", 3, 60),
                s("K8", "6", 2, 90), s("K9", "4", 1, 200), s("K10", "0", 0, 365)));
        assertEquals(List.of("A", "A", "A", "B", "B", "C", "C", "C", "C", "C"), List.of("K1", "K2", "K3", "K4", "K5", "K6",
                "K7", "K8", "K9", "K10").stream().map(id -> v.get(id).tier()).toList());
        // K1: the most recent, most frequent, biggest of nine sellers: 8 below each -> 1 + 8 x 5 / 9 = 5
        assertEquals("555", v.get("K1").rfm());
        assertEquals(15, v.get("K1").rfmScore());
        // K9: nobody below it on any count: 111
        assertEquals("111", v.get("K9").rfm());
        // K5: 4 below on each -> 1 + 4 x 5 / 9 = 3
        assertEquals("333", v.get("K5").rfm());
        assertNull(v.get("K10").rfm(), "no sales, no RFM");
    }

    @Test
    void a_single_customer_is_all_of_the_revenue() {
        assertEquals("A", ValueTiers.rank(List.of(s("K1", "10", 1, 1))).get("K1").tier());
    }

    @Test
    void customers_are_ranked_among_those_of_their_own_currency_without_an_exchange_rate() {
        // 1,000,000 JPY beside 9,000 CNY: compared as numbers, J1 would be A and every CNY customer B or C
        Map<String, ValueTiers.Value> v = ValueTiers.rank(List.of(s("J1", "JPY", "1000000", 3, 5), s("J2", "JPY", "1000", 1,
                50), s("C1", "CNY", "9000.00", 8, 2), s("C2", "CNY", "500.00", 2, 30), s("C3", "CNY", "400.00", 1, 40)));
        // CNY total 9,900.00: C1 0 % above (A), C2 90.9 % (B), C3 96 % (C); JPY total 1,001,000: J1 A, J2 99.9 % (C)
        assertEquals(List.of("A", "C", "A", "B", "C"), List.of("J1", "J2", "C1", "C2", "C3").stream()
                .map(id -> v.get(id).tier()).toList());
        // RFM among its own currency's sellers: C1 above 2 of 3 -> 1 + 2 x 5 / 3 = 4; J1 above 1 of 2 -> 1 + 1 x 5 / 2 = 3
        assertEquals("444", v.get("C1").rfm());
        assertEquals("333", v.get("J1").rfm());
    }
}
