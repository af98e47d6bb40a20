package com.getpaid.notification.message;

import java.time.Instant;
import java.util.Map;

/**
 * A message to a customer: what, to whom, its delivery status (QUEUED, SENT, FAILED, CANCELLED)
 * and the event it answers. {@code note} says why a queued message has not gone out yet;
 * {@code nextAttemptAt} when a failed delivery is tried again.
 */
public record NotificationView(String id, String customerId, MessageKind kind, String about, Map<String, String> details,
        String recipient, String subject, String language, NotificationStatus status, int attempts, String note,
        Instant queuedAt, Instant sentAt, Instant nextAttemptAt, Answers answers) {

    public record Answers(String eventId, String eventType) {
    }
}
