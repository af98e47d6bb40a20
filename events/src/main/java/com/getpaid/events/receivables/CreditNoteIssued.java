package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit note (红字发票, 扣款: compensation, a price concession) for {@code amount}. Of it,
 * {@code applied} reduced the open amount of {@code invoiceId} (null: a note on the account, not on an
 * invoice) and {@code toCredit} became the customer's credit balance in {@code currency}; applied +
 * toCredit = amount, always.
 */
public record CreditNoteIssued(String creditNoteId, String customerId, String invoiceId, BigDecimal amount, String currency,
        LocalDate issueDate, String reason, String complaintId, BigDecimal applied, BigDecimal toCredit)
        implements ReceivableEvent {

    @Override
    public String subject() {
        return creditNoteId;
    }
}
