package com.getpaid.events.notifications;

import java.time.Instant;

/** A task for staff (e.g. the 72-hour callback after a complaint), due at {@code dueAt}. */
public record FollowUpScheduled(String followUpId, String customerId, String kind, String about,
        String answersEventId, Instant dueAt) implements NotificationEvent {

    @Override
    public String subject() {
        return followUpId;
    }
}
