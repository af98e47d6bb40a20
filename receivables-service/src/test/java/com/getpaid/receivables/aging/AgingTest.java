package com.getpaid.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingTest {

    @Test
    void bucketsCountDaysPastTheDueDate() {
        assertEquals("current", Aging.bucket(0));
        assertEquals("current", Aging.bucket(-10));
        assertEquals("current", Aging.bucket(null));
        assertEquals("1-30", Aging.bucket(1));
        assertEquals("1-30", Aging.bucket(30));
        assertEquals("31-60", Aging.bucket(31));
        assertEquals("61-90", Aging.bucket(90));
        assertEquals("91-120", Aging.bucket(120));
        assertEquals("over-120", Aging.bucket(121));
    }

    @Test
    void collectionClassesFollowTheHandbooksDaysPastDue() {
        assertEquals("NOT_DUE", Aging.collectionClass(null));
        assertEquals("NOT_DUE", Aging.collectionClass(0));
        assertEquals("IN_COLLECTION", Aging.collectionClass(1));
        assertEquals("IN_COLLECTION", Aging.collectionClass(60));
        assertEquals("DOUBTFUL", Aging.collectionClass(61));
        assertEquals("DOUBTFUL", Aging.collectionClass(120));
        assertEquals("BAD_DEBT", Aging.collectionClass(121));
    }

    @Test
    void totalsAndCustomersAddUpPerBucketInTheCurrencysScale() {
        Aging.CurrencyAging cny = new Aging.Builder("CNY")
                .total(10, new BigDecimal("100")).total(-10, new BigDecimal("50.00")).total(200, new BigDecimal("7.00"))
                .customer("C-2", 2).customer("C-1", 2)
                .add("C-1", 10, new BigDecimal("100.00")).add("C-1", -10, new BigDecimal("50.00"))
                .add("C-2", 200, new BigDecimal("7.00"))
                .build();
        assertEquals(new BigDecimal("50.00"), cny.totals().get("current"));
        assertEquals(new BigDecimal("100.00"), cny.totals().get("1-30"));
        assertEquals(new BigDecimal("7.00"), cny.totals().get("over-120"));
        assertEquals(new BigDecimal("157.00"), cny.totals().get("total"));
        assertEquals(new BigDecimal("50.00"), cny.collectionClasses().get("NOT_DUE"));
        assertEquals(new BigDecimal("100.00"), cny.collectionClasses().get("IN_COLLECTION"));
        assertEquals(new BigDecimal("0.00"), cny.collectionClasses().get("DOUBTFUL"));
        assertEquals(new BigDecimal("7.00"), cny.collectionClasses().get("BAD_DEBT"));
        assertEquals(List.of("C-2", "C-1"), cny.customers().stream().map(Aging.CustomerAging::customerId).toList(),
                "customers stay in the order the report ranked them (most overdue first)");
        assertEquals(new BigDecimal("150.00"), cny.customers().get(1).buckets().get("total"));
        assertEquals(2, cny.customerCount());
    }
}
