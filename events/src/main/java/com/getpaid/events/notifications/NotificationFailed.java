package com.getpaid.events.notifications;

import java.time.Instant;

/** Sending failed for good (after the configured attempts), with the last error. */
public record NotificationFailed(String notificationId, String customerId, int attempts, String reason,
        Instant failedAt) implements NotificationEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
