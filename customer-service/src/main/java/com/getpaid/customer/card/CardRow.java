package com.getpaid.customer.card;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A row of the {@code customer_card} projection, its JSON columns as text, however it was read. */
record CardRow(String customerId, String name, String email, String preferredLanguage, String paymentTerms,
        BigDecimal creditLimit, String currency, String holdReasons, OffsetDateTime holdSince, String collection,
        String openComplaints, String credit, String details, String value, String limitChanges) {
}
