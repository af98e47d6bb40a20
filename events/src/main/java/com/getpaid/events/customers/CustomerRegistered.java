package com.getpaid.events.customers;

import java.math.BigDecimal;

/** A customer the ERP registered, with its full card as registered. */
public record CustomerRegistered(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, CollectionProfile collection, CardDetails details)
        implements CustomerCardChanged {

    /** A card without the further details (as before they were part of it). */
    public CustomerRegistered(String customerId, String name, String email, String preferredLanguage, PaymentTerms paymentTerms,
            BigDecimal creditLimit, String currency, CollectionProfile collection) {
        this(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency, collection, null);
    }
}
