package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What was open on an invoice is written off as bad debt (核销坏账): {@code amount} leaves the open
 * amount, dunning, aging's open buckets and the customer's exposure. Approved by {@code approvedBy}.
 */
public record InvoiceWrittenOff(String writeOffId, String invoiceId, String customerId, BigDecimal amount, String currency,
        LocalDate writtenOffOn, String reason, String approvedBy) implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
