package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ERP issued an invoice for a delivery (送货记录). {@code dueDate} is absent only while the
 * customer's payment terms are not known yet; {@link InvoiceDueDateSet} follows when they are.
 */
public record InvoiceIssued(String invoiceId, String customerId, String deliveryRef, LocalDate issueDate,
        LocalDate dueDate, BigDecimal amount, String currency) implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
