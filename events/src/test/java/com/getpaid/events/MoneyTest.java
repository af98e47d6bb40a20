package com.getpaid.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    static final Currency CNY = Currency.getInstance("CNY");
    static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void amountsTakeTheCurrencysScale() {
        assertEquals(new BigDecimal("1200.50"), Money.amount("1200.5", CNY, false));
        assertEquals(new BigDecimal("1200.50"), Money.amount("1200.500", CNY, false));
        assertEquals(new BigDecimal("1000"), Money.amount("1000", JPY, false));
        assertEquals(new BigDecimal("0.00"), Money.amount("0", CNY, true));
    }

    @Test
    void badAmountsAreRefusedWithAReason() {
        assertEquals("'1.001' has more decimals than CNY allows (2)",
                assertThrows(IllegalArgumentException.class, () -> Money.amount("1.001", CNY, false)).getMessage());
        assertEquals("'1.5' has more decimals than JPY allows (0)",
                assertThrows(IllegalArgumentException.class, () -> Money.amount("1.5", JPY, false)).getMessage());
        assertEquals("'-3.00' must be greater than zero",
                assertThrows(IllegalArgumentException.class, () -> Money.amount("-3.00", CNY, false)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.amount("0", CNY, false));
        assertThrows(IllegalArgumentException.class, () -> Money.amount("1e3", CNY, false));
        assertThrows(IllegalArgumentException.class, () -> Money.amount("NaN", CNY, false));
    }

    @Test
    void currenciesAreIsoCodes() {
        assertEquals(CNY, Money.currency("CNY"));
        assertEquals("'cny' is not an ISO 4217 code (three capital letters, e.g. CNY)",
                assertThrows(IllegalArgumentException.class, () -> Money.currency("cny")).getMessage());
        assertEquals("'ABC' is not a known ISO 4217 currency",
                assertThrows(IllegalArgumentException.class, () -> Money.currency("ABC")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.currency("XXX"));
    }
}
