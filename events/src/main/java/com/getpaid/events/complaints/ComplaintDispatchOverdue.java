package com.getpaid.events.complaints;

import java.time.Instant;

/**
 * Nobody took the complaint within the dispatch time (60 business minutes by default) after it was logged; it goes to
 * {@code escalatedTo}, the senior handler.
 */
public record ComplaintDispatchOverdue(String complaintId, String customerId, String severity, Instant loggedAt,
        Instant dispatchDue, Instant detectedAt, String escalatedTo) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
