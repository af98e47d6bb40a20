package com.getpaid.customer.api;

import java.time.LocalDate;

/** A day sent in a query parameter, once {@link IsoDate} has checked it. */
public final class Dates {

    /** The day, or null when the parameter was not sent. */
    public static LocalDate optional(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private Dates() {
    }
}
