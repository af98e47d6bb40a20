package com.getpaid.notification.followup;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.notifications.FollowUpScheduled;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.notification.message.Kinds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Schedules tasks for staff, once per kind and subject. */
@ApplicationScoped
public class FollowUps {

    /** When follow-ups fall due. */
    @ConfigMapping(prefix = "notification.follow-up")
    public interface Timing {
        /** Call the customer back within 72 hours of a complaint ("72小时内回访"). */
        @WithDefault("72h")
        Duration complaintCallback();
    }

    private static final Logger LOG = Logger.getLogger(FollowUps.class);

    private final Kernel kernel;
    private final Timing timing;

    public FollowUps(Kernel kernel, Timing timing) {
        this.kernel = kernel;
        this.timing = timing;
    }

    public List<FollowUpResource.FollowUpView> forCustomer(String customerId) {
        return kernel.transact(c -> Sql.list(c, "SELECT * FROM follow_up_view WHERE customer_id = ? ORDER BY due_at, follow_up_id",
                rs -> new FollowUpResource.FollowUpView(rs.getString("follow_up_id"), rs.getString("customer_id"), rs.getString("kind"),
                        rs.getString("about"), Sql.instant(rs, "due_at"), rs.getString("status"),
                        rs.getString("answers_event_id")), customerId));
    }

    public void scheduleCallback(Connection c, CloudEvent cause, ComplaintLogged complaint) throws Exception {
        schedule(c, cause, complaint.customerId(), Kinds.COMPLAINT_CALLBACK, complaint.complaintId(),
                complaint.loggedAt().plus(timing.complaintCallback()));
    }

    /** Schedules a task for staff, once per kind and subject ({@code about}): a replayed event schedules nothing. */
    public void schedule(Connection c, CloudEvent cause, String customerId, String kind, String about, Instant dueAt)
            throws Exception {
        if (Sql.one(c, "SELECT 1 FROM follow_up_view WHERE kind = ? AND about = ?", rs -> 1, kind, about).isPresent()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        FollowUpScheduled task = new FollowUpScheduled(id, customerId, kind, about, cause.id(), dueAt);
        kernel.store().append(c, "follow-up-" + id, 0, List.of(task), EventStore.Cause.following(cause,
                "notification-service: consumer of " + cause.source() + " events"));
        LOG.infof("%s task about %s for customer %s due %s", kind, about, customerId, dueAt);
    }
}
