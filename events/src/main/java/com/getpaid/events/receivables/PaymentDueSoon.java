package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice falls due in {@code daysBefore} days (事前催收): the moment to confirm the amount with
 * the customer so it is ready on the day. Once per invoice and reminder day; not for invoices paid,
 * disputed or covered by a promise to pay.
 */
public record PaymentDueSoon(String invoiceId, String customerId, LocalDate dueDate, BigDecimal openAmount, String currency,
        int daysBefore) implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
