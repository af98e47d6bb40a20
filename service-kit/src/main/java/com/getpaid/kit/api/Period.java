package com.getpaid.kit.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

/** A period of days, both included, asked for as {@code from} and {@code to} (YYYY-MM-DD); a year at most. */
public record Period(LocalDate first, LocalDate last) {

    public static final int MAX_DAYS = 366;

    /**
     * The period asked for: {@code to} defaults to {@code today}, {@code from} to {@code defaultFirst} of the last day.
     * Invalid dates, from after to, or more than {@link #MAX_DAYS} days are a 400 naming the field.
     */
    public static Period of(String from, String to, LocalDate today, UnaryOperator<LocalDate> defaultFirst) {
        return of(date("from", from), date("to", to), today, defaultFirst);
    }

    /** As {@link #of(String, String, LocalDate, UnaryOperator)}, with the dates already read (null when not asked). */
    public static Period of(LocalDate from, LocalDate to, LocalDate today, UnaryOperator<LocalDate> defaultFirst) {
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? defaultFirst.apply(last) : from;
        if (first.isAfter(last)) {
            throw ApiProblem.invalid("from", "is after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ApiProblem.invalid("to", "is more than " + MAX_DAYS + " days after from; ask for a year at most");
        }
        return new Period(first, last);
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }
}
