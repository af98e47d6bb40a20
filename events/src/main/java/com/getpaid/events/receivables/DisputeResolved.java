package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dispute was resolved: UPHELD (the customer was right), REJECTED (the amount is owed) or SETTLED (met
 * half way). With {@code creditNoteAmount} the credit note {@code creditNoteId} follows; the disputed
 * amount returns to dunning and the exposure, less what the credit note takes off.
 */
public record DisputeResolved(String disputeId, String invoiceId, String customerId, BigDecimal amount, String currency,
        String outcome, String creditNoteId, BigDecimal creditNoteAmount, String resolvedBy, LocalDate resolvedOn)
        implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
