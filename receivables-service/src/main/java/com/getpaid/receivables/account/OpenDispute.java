package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Open a dispute over {@code amount} of an invoice, to be reviewed by {@code reviewBy} (null: the policy's default);
 * {@code byCreditManager}: the opener may release holds, so the dispute needs no confirmation.
 */
public record OpenDispute(String disputeId, String customerId, String invoiceId, BigDecimal amount, String currency,
        String reason, String complaintId, String raisedBy, LocalDate openedOn, LocalDate reviewBy, boolean byCreditManager) {
}
