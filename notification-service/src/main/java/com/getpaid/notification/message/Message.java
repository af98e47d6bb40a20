package com.getpaid.notification.message;

import com.getpaid.events.notifications.FollowUpCompleted;
import com.getpaid.events.notifications.FollowUpScheduled;
import com.getpaid.events.notifications.NotificationCancelled;
import com.getpaid.events.notifications.NotificationEvent;
import com.getpaid.events.notifications.NotificationFailed;
import com.getpaid.events.notifications.NotificationQueued;
import com.getpaid.events.notifications.NotificationSent;
import com.getpaid.kit.command.StreamKind;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.notification.NotificationStreams;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message to a customer (or to staff), a stream of its own: queued once, then sent, failed or cancelled, once: a second
 * outcome (a record repeated, a late sender) decides nothing.
 */
public final class Message {

    private static final Dispatch<Message, NotificationEvent> APPLY = Dispatch.<Message, NotificationEvent>over(
            NotificationEvent.class)
            .on(NotificationQueued.class, (m, e) -> {
                m.queued = e;
                m.status = NotificationStatus.QUEUED;
            })
            .on(NotificationSent.class, (m, e) -> m.status = NotificationStatus.SENT)
            .on(NotificationFailed.class, (m, e) -> m.status = NotificationStatus.FAILED)
            .on(NotificationCancelled.class, (m, e) -> m.status = NotificationStatus.CANCELLED)
            // a task's events are on its own stream, never on a message's
            .ignore(FollowUpScheduled.class, FollowUpCompleted.class)
            .build();

    /** The stream {@code notification-<id>}. */
    public static final StreamKind<Message, NotificationEvent> KIND =
            NotificationStreams.of("notification-", Message::new, APPLY);

    private final String id;
    private NotificationQueued queued;
    private NotificationStatus status;

    private Message(String id) {
        this.id = id;
    }

    public NotificationStatus status() {
        return status;
    }

    /** Queues the message; nothing when it is already. */
    public List<NotificationQueued> queue(String customerId, MessageKind kind, String about, Map<String, String> details,
            String answersEventId, String answersEventType, Instant at) {
        return queued != null ? List.of()
                : List.of(new NotificationQueued(id, customerId, kind.name(), about, details, answersEventId, answersEventType,
                        at));
    }

    /** The SMTP server took it. */
    public List<NotificationSent> sent(String recipient, String subjectLine, String language, String messageId, Instant at) {
        return status != NotificationStatus.QUEUED ? List.of() : List.of(new NotificationSent(id, customerId(), recipient, subjectLine, language, messageId, at));
    }

    /** It could not be delivered, for good. */
    public List<NotificationFailed> failed(int attempts, String reason, Instant at) {
        return status != NotificationStatus.QUEUED ? List.of() : List.of(new NotificationFailed(id, customerId(), attempts, reason, at));
    }

    /** It was no longer true when its turn came. */
    public List<NotificationCancelled> cancelled(String reason, Instant at) {
        return status != NotificationStatus.QUEUED ? List.of() : List.of(new NotificationCancelled(id, customerId(), reason, at));
    }

    private String customerId() {
        if (queued == null) {
            throw new IllegalStateException("No message " + id);
        }
        return queued.customerId();
    }
}
