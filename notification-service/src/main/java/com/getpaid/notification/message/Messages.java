package com.getpaid.notification.message;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
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

    private final Clock clock;
    private final DueWork dueWork;

    public Messages(Clock clock, DueWork dueWork) {
        this.clock = clock;
        this.dueWork = dueWork;
    }

    /** Queues a message; returns its id, or null when one of that kind and subject was queued before. */
    public String queue(Commands.Tx tx, CloudEvent cause, String customerId, MessageKind kind, String about,
            Map<String, String> details) throws Exception {
        if (Sql.one(tx.connection(), "SELECT 1 FROM notification_view WHERE kind = ? AND about = ?", rs -> 1, kind.name(), about)
                .isPresent()) {
            LOG.infof("%s about %s for customer %s was queued before; not again", kind, about, customerId);
            return null;
        }
        String id = UUID.randomUUID().toString();
        tx.decide(Message.KIND, id, message -> message.queue(customerId, kind, about, details, cause.id(), cause.type(),
                clock.instant()));
        tx.flush(); // the next event of the batch finds it in notification_view (a letter's invoices join it there)
        dueWork.schedule(tx.connection(), MessageSender.SEND, id, clock.instant()); // to go out now
        LOG.infof("Queued %s about %s for customer %s (answering %s %s)", kind, about, customerId, cause.type(), cause.id());
        return id;
    }
}
