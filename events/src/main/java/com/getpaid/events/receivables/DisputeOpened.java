package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The customer disputes {@code amount} of an invoice (争议), typically through a complaint
 * ({@code complaintId}): that part leaves dunning at once, and the exposure that places holds once it is
 * confirmed. A dispute above the confirmation threshold opened by anyone but a credit manager is
 * {@code awaitingConfirmation} (its {@link DisputeConfirmed} follows); one opened before confirmations existed
 * carries neither field and counts as confirmed. {@code reviewBy}: the day a credit manager should look at it
 * again (none on disputes from before review dates).
 */
public record DisputeOpened(String disputeId, String invoiceId, String customerId, BigDecimal amount, String currency,
        String reason, String complaintId, String raisedBy, LocalDate openedOn, LocalDate reviewBy,
        boolean awaitingConfirmation) implements ReceivableEvent {

    /** A dispute as opened before review dates and confirmations: confirmed at once. */
    public DisputeOpened(String disputeId, String invoiceId, String customerId, BigDecimal amount, String currency,
            String reason, String complaintId, String raisedBy, LocalDate openedOn) {
        this(disputeId, invoiceId, customerId, amount, currency, reason, complaintId, raisedBy, openedOn, null, false);
    }

    /** The same dispute, confirmed by a credit manager. */
    public DisputeOpened confirmed() {
        return new DisputeOpened(disputeId, invoiceId, customerId, amount, currency, reason, complaintId, raisedBy, openedOn,
                reviewBy, false);
    }

    @Override
    public String subject() {
        return invoiceId;
    }
}
