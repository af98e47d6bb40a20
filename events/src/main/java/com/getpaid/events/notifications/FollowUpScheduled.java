package com.getpaid.events.notifications;

import java.time.Instant;

/**
 * A task for staff (e.g. the 72-hour callback after a complaint), due at {@code dueAt}, for {@code assignee} when known
 * (the account manager, the complaint's handler; null: whoever takes the kind of task); {@code brief}: what the person
 * needs to know, when there is more than the kind and subject say (null otherwise).
 */
public record FollowUpScheduled(String followUpId, String customerId, String kind, String about,
        String answersEventId, Instant dueAt, String assignee, String brief) implements NotificationEvent {

    @Override
    public String subject() {
        return followUpId;
    }
}
