package com.getpaid.events.complaints;

import java.time.Instant;

/** What the handler found (调查) and why it happened. */
public record ComplaintInvestigated(String complaintId, String customerId, String findings, String rootCause, String investigatedBy, Instant investigatedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
