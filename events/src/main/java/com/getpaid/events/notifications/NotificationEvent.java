package com.getpaid.events.notifications;

import com.getpaid.events.DomainEvent;

/** Events of messages to customers and tasks for staff, published on notifications.v1. */
public sealed interface NotificationEvent extends DomainEvent
        permits NotificationQueued, NotificationSent, NotificationFailed, NotificationCancelled, FollowUpScheduled,
        FollowUpCompleted {
}
