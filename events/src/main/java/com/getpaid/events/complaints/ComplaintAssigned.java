package com.getpaid.events.complaints;

import java.time.Instant;

/** The complaint has its handler (派单): it leaves {@code LOGGED} (or a reopened one goes back to work). */
public record ComplaintAssigned(String complaintId, String customerId, String handler, String assignedBy, Instant assignedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
