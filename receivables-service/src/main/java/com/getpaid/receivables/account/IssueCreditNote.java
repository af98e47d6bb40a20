package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Issue a credit note; {@code invoiceId} null puts it all on the customer's credit balance. */
public record IssueCreditNote(String creditNoteId, String customerId, String invoiceId, BigDecimal amount, String currency,
        LocalDate issueDate, String reason, String complaintId) {
}
