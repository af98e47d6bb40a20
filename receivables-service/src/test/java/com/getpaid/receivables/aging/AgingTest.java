package com.getpaid.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    @Test
    void bucketsCountDaysPastTheDueDate() {
        assertEquals("current", Aging.bucket(AS_OF, AS_OF));
        assertEquals("current", Aging.bucket(null, AS_OF));
        assertEquals("1-30", Aging.bucket(AS_OF.minusDays(1), AS_OF));
        assertEquals("1-30", Aging.bucket(AS_OF.minusDays(30), AS_OF));
        assertEquals("31-60", Aging.bucket(AS_OF.minusDays(31), AS_OF));
        assertEquals("61-90", Aging.bucket(AS_OF.minusDays(90), AS_OF));
        assertEquals("91-120", Aging.bucket(AS_OF.minusDays(120), AS_OF));
        assertEquals("over-120", Aging.bucket(AS_OF.minusDays(121), AS_OF));
    }

    @Test
    void totalsArePerCurrencyAndPerCustomer() {
        Aging aging = Aging.of(AS_OF, List.of(
                new Aging.OpenItem("C-1", "CNY", AS_OF.minusDays(10), new BigDecimal("100.00")),
                new Aging.OpenItem("C-1", "CNY", AS_OF.plusDays(10), new BigDecimal("50.00")),
                new Aging.OpenItem("C-2", "CNY", AS_OF.minusDays(200), new BigDecimal("7.00")),
                new Aging.OpenItem("C-2", "JPY", AS_OF.minusDays(40), new BigDecimal("1000")),
                new Aging.OpenItem("C-3", "CNY", AS_OF.minusDays(40), new BigDecimal("0.00"))));
        assertEquals(2, aging.currencies().size());
        var cny = aging.currencies().get(0);
        assertEquals("CNY", cny.currency());
        assertEquals(new BigDecimal("50.00"), cny.totals().get("current"));
        assertEquals(new BigDecimal("100.00"), cny.totals().get("1-30"));
        assertEquals(new BigDecimal("7.00"), cny.totals().get("over-120"));
        assertEquals(new BigDecimal("157.00"), cny.totals().get("total"));
        assertEquals(List.of("C-1", "C-2"), cny.customers().stream().map(Aging.CustomerAging::customerId).toList());
        assertEquals(new BigDecimal("1000"), aging.currencies().get(1).totals().get("31-60"));
    }
}
