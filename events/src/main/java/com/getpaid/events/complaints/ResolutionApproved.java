package com.getpaid.events.complaints;

import java.time.Instant;

/** The proposed remedy is approved: by a person, or by itself when at or below the approval threshold. */
public record ResolutionApproved(String complaintId, String customerId, String approvedBy, Instant approvedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
