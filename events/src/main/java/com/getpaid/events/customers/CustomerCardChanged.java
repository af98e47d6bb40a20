package com.getpaid.events.customers;

import java.math.BigDecimal;

/** The card as it is after a registration or an update: both events carry all of it. */
public sealed interface CustomerCardChanged extends CustomerEvent permits CustomerRegistered, CustomerUpdated {
    String name();

    String email();

    String preferredLanguage();

    PaymentTerms paymentTerms();

    BigDecimal creditLimit();

    String currency();

    /** How the customer is collected; null in events from before it was part of the card. */
    CollectionProfile collection();

    /** The rest of the card; null in events from before it was part of the card. */
    CardDetails details();
}
