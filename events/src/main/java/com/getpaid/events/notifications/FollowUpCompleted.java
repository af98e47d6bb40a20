package com.getpaid.events.notifications;

import java.time.Instant;

/** A task for staff was done: what came of it ({@code outcome}), by whom. */
public record FollowUpCompleted(String followUpId, String customerId, String outcome, String note, String completedBy,
        Instant completedAt) implements NotificationEvent {

    @Override
    public String subject() {
        return followUpId;
    }
}
