package com.getpaid.events.complaints;

import java.time.Instant;

/** The customer was not satisfied: the complaint goes back to its handler ({@code ASSIGNED}). */
public record ComplaintReopened(String complaintId, String customerId, String reason, String handler, Instant reopenedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
