package com.getpaid.kit.api;

import com.getpaid.events.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects what is wrong with a request, field by field, so one answer names every problem.
 * Each method returns the parsed value, or null when the field is invalid.
 */
public final class Check {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    public Check fail(String field, String message) {
        errors.add(new ApiProblem.FieldError(field, message));
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a 400 naming every invalid field, if there is any. */
    public void done() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        if (value.length() > maxLength) {
            fail(field, "is longer than " + maxLength + " characters");
            return null;
        }
        return value.strip();
    }

    /**
     * A list of at most {@code max} entries (none when absent): every list in a request is bounded, so
     * no accepted request can make an event larger than Kafka takes.
     */
    public <T> java.util.List<T> atMost(String field, java.util.List<T> list, int max) {
        if (list == null) {
            return null;
        }
        if (list.size() > max) {
            fail(field, "has " + list.size() + " entries, more than the " + max + " allowed; split the request");
            return java.util.List.of();
        }
        return list;
    }

    /** A list of at most {@code max} ids, each checked and named by its place ({@code invoiceIds[2]}); empty when absent. */
    public java.util.List<String> ids(String field, java.util.List<String> values, int max) {
        java.util.List<String> listed = atMost(field, values, max);
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int n = 0; listed != null && n < listed.size(); n++) {
            ids.add(id(field + "[" + n + "]", listed.get(n)));
        }
        return ids;
    }

    public String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    /** An ERP code: letters, digits, '-', '_', '.'; up to 64. */
    public String id(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        if (!ID.matcher(value).matches()) {
            fail(field, "'" + value + "' is not a valid id (letters, digits, '-', '_', '.'; up to 64)");
            return null;
        }
        return value;
    }

    public String email(String field, String value) {
        String text = text(field, value, 254);
        if (text != null && !EMAIL.matcher(text).matches()) {
            fail(field, "is not an email address"); // the value is not echoed back: it may be personal data
            return null;
        }
        return text;
    }

    public String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            fail(field, "is required (one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            return null;
        }
        if (!allowed.contains(value)) {
            fail(field, "'" + value + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return value;
    }

    public Currency currency(String field, String code) {
        try {
            return Money.currency(code);
        } catch (IllegalArgumentException e) {
            fail(field, e.getMessage());
            return null;
        }
    }

    /** A positive amount (or zero when allowed) in the currency; only its form is checked when the currency is invalid. */
    public BigDecimal amount(String field, String value, Currency currency, boolean allowZero) {
        try {
            return Money.amount(value, currency, allowZero);
        } catch (IllegalArgumentException e) {
            fail(field, e.getMessage());
            return null;
        }
    }

    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, "is required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            fail(field, "'" + value + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** An optional number from {@code min} to {@code max}: {@code absent} when not sent (a page, a page size). */
    public Integer range(String field, Integer value, int min, int max, int absent) {
        return value == null ? Integer.valueOf(absent) : range(field, value, min, max);
    }

    public Integer range(String field, Integer value, int min, int max) {
        if (value == null) {
            fail(field, "is required");
            return null;
        }
        if (value < min || value > max) {
            fail(field, value + " is not between " + min + " and " + max);
            return null;
        }
        return value;
    }

}
