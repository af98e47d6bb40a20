package com.getpaid.events.complaints;

import java.time.Instant;

/** The complaint went to a senior handler: a SERIOUS one at once, or one whose dispatch was overdue, or by hand. */
public record ComplaintEscalated(String complaintId, String customerId, String toHandler, String reason, String escalatedBy, Instant escalatedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
