package com.getpaid.events.complaints;

import java.time.Instant;

/** The complaint is over: {@code CLOSED} (reached and satisfied) or {@code CLOSED_UNREACHABLE} (not reached after the allowed attempts). */
public record ComplaintClosed(String complaintId, String customerId, String outcome, Instant closedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
