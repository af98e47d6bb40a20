package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The customer disputes {@code amount} of an invoice (争议), typically through a complaint
 * ({@code complaintId}): that part leaves dunning and the exposure that places holds until the
 * dispute is resolved.
 */
public record DisputeOpened(String disputeId, String invoiceId, String customerId, BigDecimal amount, String currency,
        String reason, String complaintId, String raisedBy, LocalDate openedOn) implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
