package com.getpaid.customer.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each derived signal on a crafted history. */
class RiskRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static RiskRules.PastInvoice past(int monthsAgo, String amount) {
        return new RiskRules.PastInvoice(DAY.minusMonths(monthsAgo), new BigDecimal(amount));
    }

    @Test
    void the_average_is_at_the_currencys_scale() {
        // JPY has no decimals: 100 + 100 + 101 yen average 100 yen (not 100.33), so 300 yen is 3 times it
        List<RiskRules.PastInvoice> yen = List.of(past(1, "100"), past(2, "100"), past(11, "101"));
        RiskRules.Finding jpy = RiskRules.orderSpike(new BigDecimal("300"), "JPY", DAY, yen).orElseThrow();
        assertTrue(jpy.evidence().contains("3.0 times the customer's average of 100 over 3 invoices"), jpy.evidence());
        // KWD has three: 0.004 average is 0.004 (at two digits it would be 0.00, and nothing could be divided by it)
        List<RiskRules.PastInvoice> dinar = List.of(past(1, "0.004"), past(2, "0.004"), past(11, "0.004"));
        RiskRules.Finding kwd = RiskRules.orderSpike(new BigDecimal("1.000"), "KWD", DAY, dinar).orElseThrow();
        assertEquals("HIGH", kwd.severity());
        assertTrue(kwd.evidence().contains("250.0 times the customer's average of 0.004"), kwd.evidence());
    }

    @Test
    void an_order_three_times_the_average_is_a_spike_five_times_or_off_season_is_high() {
        List<RiskRules.PastInvoice> history = List.of(past(1, "1000.00"), past(2, "1000.00"), past(3, "1000.00"),
                past(11, "1000.00"), new RiskRules.PastInvoice(DAY.minusDays(360), new BigDecimal("1000.00")));
        // average 1000 over 5 invoices, one of them in November: 3500 is 3.5 times, in season: MEDIUM
        Optional<RiskRules.Finding> medium = RiskRules.orderSpike(new BigDecimal("3500.00"), "CNY", DAY, history);
        assertEquals("MEDIUM", medium.orElseThrow().severity());
        assertTrue(medium.get().evidence().contains("3.5 times the customer's average of 1000.00 over 5 invoices"),
                medium.get().evidence());
        assertEquals("HIGH", RiskRules.orderSpike(new BigDecimal("5000.00"), "CNY", DAY, history).orElseThrow().severity());
        assertEquals(Optional.empty(), RiskRules.orderSpike(new BigDecimal("2900.00"), "CNY", DAY, history));
        // no November last year: 3 times is HIGH (off-season buying in bulk)
        List<RiskRules.PastInvoice> noNovember = List.of(past(1, "1000.00"), past(2, "1000.00"), past(3, "1000.00"));
        RiskRules.Finding off = RiskRules.orderSpike(new BigDecimal("3000.00"), "CNY", DAY, noNovember).orElseThrow();
        assertEquals("HIGH", off.severity());
        assertTrue(off.evidence().contains("NOVEMBER, a month it bought nothing in"), off.evidence());
        // too little history to call anything unusual
        assertEquals(Optional.empty(), RiskRules.orderSpike(new BigDecimal("99999.00"), "CNY", DAY, List.of(past(1, "10.00"))));
    }

    @Test
    void a_punctual_payer_turning_late_is_a_trend_and_a_habitual_late_payer_is_not_news() {
        assertEquals("MEDIUM", RiskRules.paymentDelayTrend(List.of(0, 0, -2, 0, 12, 20)).orElseThrow().severity());
        assertEquals(Optional.empty(), RiskRules.paymentDelayTrend(List.of(0, 5, 0, 0, 12, 20)), "was late before");
        assertEquals(Optional.empty(), RiskRules.paymentDelayTrend(List.of(0, 0, 0, 0, 0, 20)), "one late is not a trend");
        assertEquals(Optional.empty(), RiskRules.paymentDelayTrend(List.of(0, 12, 20)), "too little history");
    }

    @Test
    void overdue_up_three_months_running_is_growing() {
        List<BigDecimal> up = List.of(new BigDecimal("100"), new BigDecimal("200"), new BigDecimal("250"), new BigDecimal("900"));
        assertEquals("MEDIUM", RiskRules.overdueGrowing(up).orElseThrow().severity());
        assertEquals(Optional.empty(), RiskRules.overdueGrowing(List.of(new BigDecimal("100"), new BigDecimal("200"),
                new BigDecimal("200"), new BigDecimal("900"))), "flat for a month");
        assertEquals(Optional.empty(), RiskRules.overdueGrowing(up.subList(1, 4)), "only two increases");
    }
}
