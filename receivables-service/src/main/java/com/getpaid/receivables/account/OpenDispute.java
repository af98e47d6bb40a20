package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Open a dispute over {@code amount} of an invoice. */
public record OpenDispute(String disputeId, String customerId, String invoiceId, BigDecimal amount, String currency,
        String reason, String complaintId, String raisedBy, LocalDate openedOn) {
}
