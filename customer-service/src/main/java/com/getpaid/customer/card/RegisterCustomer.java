package com.getpaid.customer.card;

import com.getpaid.customer.account.CustomerProfile;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.PaymentTerms;
import java.math.BigDecimal;

/** The command behind {@code PUT /api/customers/{id}}: the card as the ERP wants it, validated. */
public record RegisterCustomer(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, CollectionProfile collection,
        CardDetails details) {

    /** The card the command asks for, as the aggregate keeps it. */
    public CustomerProfile profile() {
        return new CustomerProfile(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency, collection,
                details);
    }
}
