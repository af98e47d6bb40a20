package com.getpaid.events.notifications;

import java.time.Instant;
import java.util.Map;

/**
 * A message to a customer is due, answering the event {@code answersEventId} (e.g. a reminder for
 * {@code PaymentOverdue}); {@code about} names the invoice or complaint; {@code details} are the
 * facts the message states (amounts, dates), as they were when it was queued.
 */
public record NotificationQueued(String notificationId, String customerId, String kind, String about,
        Map<String, String> details, String answersEventId, String answersEventType, Instant queuedAt)
        implements NotificationEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
