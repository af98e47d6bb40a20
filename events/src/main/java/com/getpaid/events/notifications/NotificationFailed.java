package com.getpaid.events.notifications;

import java.time.Instant;

/** Sending failed for good (the mail server refused it, or retries ran out of time), with the reason. */
public record NotificationFailed(String notificationId, String customerId, int attempts, String reason,
        Instant failedAt) implements NotificationEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
