package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A written-off invoice is open again for {@code amount} (what was written off) because a payment,
 * {@code paymentId}, was allocated to it after all; the payment's own event follows.
 */
public record InvoiceReinstated(String invoiceId, String customerId, String writeOffId, BigDecimal amount, String currency,
        LocalDate reinstatedOn, String paymentId) implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
