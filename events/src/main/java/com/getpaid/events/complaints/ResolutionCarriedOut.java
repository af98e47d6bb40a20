package com.getpaid.events.complaints;

import java.time.Instant;

/**
 * The remedy was carried out (执行); the customer is called back by {@code callbackDue} (72 hours later by default), by
 * the complaint's {@code handler}.
 */
public record ResolutionCarriedOut(String complaintId, String customerId, String department, String note,
        String recordedBy, Instant carriedOutAt, Instant callbackDue, String handler) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
