package com.getpaid.events;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Money is a decimal string with at most the currency's minor digits (ISO 4217), never a float.
 * Parsing refuses anything else with a message a person can act on.
 */
public final class Money {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** The currency for an ISO 4217 code, or an {@link IllegalArgumentException} saying why not. */
    public static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("is required (an ISO 4217 code such as CNY)");
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 code (three capital letters, e.g. CNY)");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + code + "' is not a known ISO 4217 currency");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("'" + code + "' is not a currency money can be kept in");
        }
        return currency;
    }

    /**
     * Parses an amount in the currency, at exactly the currency's scale. Zero and negative amounts
     * are refused unless {@code allowZero}; more decimals than the currency has are refused. Without
     * a currency (it was invalid) only the form and the sign are checked.
     */
    public static BigDecimal amount(String text, Currency currency, boolean allowZero) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required (a decimal string such as \"1200.50\")");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a decimal amount such as \"1200.50\"");
        }
        BigDecimal value = new BigDecimal(text);
        int digits = currency == null ? Math.max(0, value.scale()) : currency.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("'" + text + "' has more decimals than " + currency.getCurrencyCode()
                    + " allows (" + digits + ")");
        }
        if (value.signum() < 0 || (!allowZero && value.signum() == 0)) {
            throw new IllegalArgumentException("'" + text + "' must be greater than zero");
        }
        return value.setScale(digits);
    }

    /** A stored amount back at its currency's scale (the database keeps NUMERIC without one). */
    public static BigDecimal scaled(BigDecimal amount, String currencyCode) {
        return amount.setScale(Currency.getInstance(currencyCode).getDefaultFractionDigits());
    }

    /** The zero of a currency, at its scale. */
    public static BigDecimal zero(String currencyCode) {
        return BigDecimal.ZERO.setScale(Currency.getInstance(currencyCode).getDefaultFractionDigits());
    }

    private Money() {
    }
}
