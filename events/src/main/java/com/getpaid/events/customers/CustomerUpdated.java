package com.getpaid.events.customers;

import java.math.BigDecimal;

/** The ERP changed the customer's card; the event carries the whole card as it now is. */
public record CustomerUpdated(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, CollectionProfile collection, CardDetails details)
        implements CustomerCardChanged {

    /** A card without the further details (as before they were part of it). */
    public CustomerUpdated(String customerId, String name, String email, String preferredLanguage, PaymentTerms paymentTerms,
            BigDecimal creditLimit, String currency, CollectionProfile collection) {
        this(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency, collection, null);
    }
}
