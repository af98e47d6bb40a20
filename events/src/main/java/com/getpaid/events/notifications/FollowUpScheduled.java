package com.getpaid.events.notifications;

import java.time.Instant;

/**
 * A task for staff (e.g. the 72-hour callback after a complaint), due at {@code dueAt}, for {@code assignee} when known
 * (the account manager, the complaint's handler; null: whoever takes the kind of task).
 */
public record FollowUpScheduled(String followUpId, String customerId, String kind, String about,
        String answersEventId, Instant dueAt, String assignee) implements NotificationEvent {

    @Override
    public String subject() {
        return followUpId;
    }
}
