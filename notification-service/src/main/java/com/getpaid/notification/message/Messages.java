package com.getpaid.notification.message;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.notifications.NotificationQueued;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Queues messages to customers. One message per kind and subject ({@code about}), ever: a second
 * PaymentOverdue for the same invoice and level, or a replayed event, queues nothing.
 */
@ApplicationScoped
public class Messages {

    private static final Logger LOG = Logger.getLogger(Messages.class);

    private final Kernel kernel;
    private final Clock clock;

    public Messages(Kernel kernel, Clock clock) {
        this.kernel = kernel;
        this.clock = clock;
    }

    public static String streamId(String notificationId) {
        return "notification-" + notificationId;
    }

    /** Queues a message; returns its id, or null when one of that kind and subject was queued before. */
    public String queue(Connection c, CloudEvent cause, String customerId, String kind, String about,
            Map<String, String> details) throws Exception {
        if (Sql.one(c, "SELECT 1 FROM notification_view WHERE kind = ? AND about = ?", rs -> 1, kind, about).isPresent()) {
            LOG.infof("%s about %s for customer %s was queued before; not again", kind, about, customerId);
            return null;
        }
        String id = UUID.randomUUID().toString();
        kernel.store().append(c, streamId(id), 0, List.of(new NotificationQueued(id, customerId, kind, about, details,
                cause.id(), cause.type(), clock.instant())), EventStore.Cause.following(cause, "notification-service: consumer of " + cause.source() + " events"));
        LOG.infof("Queued %s about %s for customer %s (answering %s %s)", kind, about, customerId, cause.type(), cause.id());
        return id;
    }
}
