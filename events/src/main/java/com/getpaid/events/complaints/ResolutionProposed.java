package com.getpaid.events.complaints;

import java.math.BigDecimal;
import java.time.Instant;

/** A remedy is proposed; {@code approvalNeeded} when its amount is above the approval threshold, otherwise it is approved with it. */
public record ResolutionProposed(String complaintId, String customerId, String remedy, BigDecimal amount, String currency, String note, boolean approvalNeeded, String proposedBy, Instant proposedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
