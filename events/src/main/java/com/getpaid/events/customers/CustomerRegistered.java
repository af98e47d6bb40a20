package com.getpaid.events.customers;

import java.math.BigDecimal;

/** A customer the ERP registered, with its full card as registered. */
public record CustomerRegistered(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, CollectionProfile collection) implements CustomerCardChanged {
}
