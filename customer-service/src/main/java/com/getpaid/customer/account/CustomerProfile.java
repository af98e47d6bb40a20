package com.getpaid.customer.account;

import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.customers.PaymentTerms;
import java.math.BigDecimal;

/**
 * The customer's card as its events left it: who it is, its terms and its credit limits (what the hold rules decide
 * on). The state of the aggregate, not a command: {@code PUT /api/customers/{id}} is {@code RegisterCustomer}.
 */
public record CustomerProfile(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, CollectionProfile collection,
        CardDetails details) {

    /** A card without the further details. */
    public CustomerProfile(String customerId, String name, String email, String preferredLanguage, PaymentTerms paymentTerms,
            BigDecimal creditLimit, String currency, CollectionProfile collection) {
        this(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency, collection, null);
    }

    /** The card as an event left it. */
    public static CustomerProfile of(CustomerCardChanged e) {
        return new CustomerProfile(e.customerId(), e.name(), e.email(), e.preferredLanguage(), e.paymentTerms(),
                e.creditLimit(), e.currency(), e.collection(), e.details());
    }

    /** The same card with another collection profile (a handover). */
    public CustomerProfile withCollection(CollectionProfile moved) {
        return new CustomerProfile(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency, moved,
                details);
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
