package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Resolve a dispute: UPHELD, REJECTED or SETTLED, with a credit note of {@code creditNoteAmount} when there is one. */
public record ResolveDispute(String disputeId, String customerId, DisputeOutcome outcome, BigDecimal creditNoteAmount,
        String resolvedBy, LocalDate resolvedOn) {
}
