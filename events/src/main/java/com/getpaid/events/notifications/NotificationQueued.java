package com.getpaid.events.notifications;

import java.time.Instant;

/**
 * A message to a customer is due, answering the event {@code answersEventId} (e.g. a reminder for
 * {@code PaymentOverdue}); {@code about} names the invoice or complaint.
 */
public record NotificationQueued(String notificationId, String customerId, String kind, String about,
        String answersEventId, String answersEventType, Instant queuedAt) implements NotificationEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
