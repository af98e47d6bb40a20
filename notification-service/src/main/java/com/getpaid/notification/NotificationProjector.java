package com.getpaid.notification;

import com.getpaid.events.Json;
import com.getpaid.events.notifications.FollowUpCompleted;
import com.getpaid.events.notifications.FollowUpScheduled;
import com.getpaid.events.notifications.NotificationCancelled;
import com.getpaid.events.notifications.NotificationEvent;
import com.getpaid.events.notifications.NotificationFailed;
import com.getpaid.events.notifications.NotificationQueued;
import com.getpaid.events.notifications.NotificationSent;
import com.getpaid.events.store.Projector;
import com.getpaid.events.store.Sql;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.dispatch.Dispatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;

/** Keeps {@code notification_view} and {@code follow_up_view} in step with the notification events. */
@ApplicationScoped
public class NotificationProjector implements Projector {

    private static final Dispatch<Connection, NotificationEvent> PROJECT = Dispatch.<Connection, NotificationEvent>over(
            NotificationEvent.class)
            .on(NotificationQueued.class, (c, e) -> Sql.update(c, "INSERT INTO notification_view (notification_id, customer_id, "
                    + "kind, about, details, answers_event_id, answers_event_type, status, queued_at) "
                    + "VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, 'QUEUED', ?)", e.notificationId(), e.customerId(), e.kind(), e.about(),
                    Json.write(e.details()), e.answersEventId(), e.answersEventType(), e.queuedAt()))
            .on(NotificationSent.class, (c, e) -> Sql.update(c, "UPDATE notification_view SET status = 'SENT', recipient = ?, "
                    + "subject = ?, language = ?, message_id = ?, sent_at = ?, last_error = NULL WHERE notification_id = ?",
                    e.recipient(), e.subjectLine(), e.language(), e.messageId(), e.sentAt(), e.notificationId()))
            .on(NotificationFailed.class, (c, e) -> Sql.update(c, "UPDATE notification_view SET status = 'FAILED', "
                    + "last_error = ? WHERE notification_id = ?", e.reason(), e.notificationId()))
            .on(NotificationCancelled.class, (c, e) -> Sql.update(c, "UPDATE notification_view SET status = 'CANCELLED', "
                    + "last_error = ? WHERE notification_id = ?", e.reason(), e.notificationId()))
            .on(FollowUpScheduled.class, (c, e) -> Sql.update(c, "INSERT INTO follow_up_view (follow_up_id, customer_id, kind, "
                    + "about, answers_event_id, due_at, status, assignee, brief) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)",
                    e.followUpId(), e.customerId(), e.kind(), e.about(), e.answersEventId(), e.dueAt(), e.assignee(), e.brief()))
            .on(FollowUpCompleted.class, (c, e) -> Sql.update(c, "UPDATE follow_up_view SET status = 'DONE', outcome = ?, "
                    + "note = ?, completed_by = ?, completed_at = ? WHERE follow_up_id = ?", e.outcome(), e.note(),
                    e.completedBy(), e.completedAt(), e.followUpId()))
            .build();

    @Override
    public List<String> tables() {
        return List.of("notification_view", "follow_up_view");
    }

    @Override
    public void project(Connection c, StoredEvent stored) throws Exception {
        PROJECT.handle(c, (NotificationEvent) stored.event());
    }
}
