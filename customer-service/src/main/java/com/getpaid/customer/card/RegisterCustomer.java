package com.getpaid.customer.card;

import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.customers.PaymentTerms;
import java.math.BigDecimal;

/** The command behind {@code PUT /api/customers/{id}}: the card as the ERP wants it, validated. */
public record RegisterCustomer(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, CollectionProfile collection) {

    /** The card as an event left it. */
    public static RegisterCustomer of(CustomerCardChanged e) {
        return new RegisterCustomer(e.customerId(), e.name(), e.email(), e.preferredLanguage(), e.paymentTerms(),
                e.creditLimit(), e.currency(), e.collection());
    }
}
