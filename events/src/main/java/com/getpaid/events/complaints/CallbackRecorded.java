package com.getpaid.events.complaints;

import java.time.Instant;

/** A call back to the customer after the remedy (回访): attempt {@code attempt}; {@code satisfied} is known only when reached. */
public record CallbackRecorded(String complaintId, String customerId, int attempt, boolean reached, Boolean satisfied, String note, String calledBy, Instant calledAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
