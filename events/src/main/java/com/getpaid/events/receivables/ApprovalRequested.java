package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money would leave the account above what one person may decide (four-eyes, 四眼原则): {@code requestedBy}
 * asked for it, and nothing happens until a second person with the approver's role gives or refuses it.
 * {@code kind} is CREDIT_NOTE, REFUND or WRITE_OFF; {@code reference} is that command's own id (creditNoteId,
 * refundId, writeOffId) and the other fields are the command's, kept to be carried out as asked: {@code invoiceId}
 * (the note's invoice, the invoice written off), {@code amount} (for a write-off, what was open when asked),
 * {@code onDay} (the note's issue date, the refund's paid-on day, the day the write-off was asked), {@code reason},
 * {@code complaintId} and {@code method} (a refund's) where they apply.
 */
public record ApprovalRequested(String approvalId, String customerId, String kind, String reference, String invoiceId,
        BigDecimal amount, String currency, LocalDate onDay, String reason, String complaintId, String method,
        String requestedBy, LocalDate requestedOn) implements ReceivableEvent {

    public static final String CREDIT_NOTE = "CREDIT_NOTE";
    public static final String REFUND = "REFUND";
    public static final String WRITE_OFF = "WRITE_OFF";

    @Override
    public String subject() {
        return approvalId;
    }
}
