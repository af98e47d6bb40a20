package com.getpaid.customer.card;

import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.customers.PaymentTerms;
import java.math.BigDecimal;

/** The command behind {@code PUT /api/customers/{id}}: the card as the ERP wants it, validated. */
public record RegisterCustomer(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, CollectionProfile collection,
        CardDetails details) {

    /** A card without the further details. */
    public RegisterCustomer(String customerId, String name, String email, String preferredLanguage, PaymentTerms paymentTerms,
            BigDecimal creditLimit, String currency, CollectionProfile collection) {
        this(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency, collection, null);
    }

    /** The card as an event left it. */
    public static RegisterCustomer of(CustomerCardChanged e) {
        return new RegisterCustomer(e.customerId(), e.name(), e.email(), e.preferredLanguage(), e.paymentTerms(),
                e.creditLimit(), e.currency(), e.collection(), e.details());
    }

    /** The credit limit in a currency: the card's own, one of the further limits, or none (zero). */
    public BigDecimal limitIn(String code) {
        if (code.equals(currency)) {
            return creditLimit;
        }
        return details == null || details.creditLimits() == null ? null : details.creditLimits().stream()
                .filter(l -> l.currency().equals(code)).map(CardDetails.Limit::amount).findFirst().orElse(null);
    }
}
