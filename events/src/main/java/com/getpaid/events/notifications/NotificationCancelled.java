package com.getpaid.events.notifications;

import java.time.Instant;

/** Not sent because it was no longer true when its turn came (e.g. the invoice was paid meanwhile). */
public record NotificationCancelled(String notificationId, String customerId, String reason, Instant cancelledAt)
        implements NotificationEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
