package com.getpaid.events.notifications;

import java.time.Instant;

/** The SMTP server accepted the message for {@code recipient}. */
public record NotificationSent(String notificationId, String customerId, String recipient, String subjectLine,
        String language, String messageId, Instant sentAt) implements NotificationEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
