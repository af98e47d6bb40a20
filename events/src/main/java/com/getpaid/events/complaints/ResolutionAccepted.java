package com.getpaid.events.complaints;

import java.time.Instant;

/** The customer accepted the approved remedy. */
public record ResolutionAccepted(String complaintId, String customerId, String acceptedBy, Instant acceptedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
