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
        if (Sql.one(c, "SELECT 1 FROM follow_up_view WHERE kind = ? AND about = ?", rs -> 1, Kinds.COMPLAINT_CALLBACK,
                complaint.complaintId()).isPresent()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        FollowUpScheduled task = new FollowUpScheduled(id, complaint.customerId(), Kinds.COMPLAINT_CALLBACK,
                complaint.complaintId(), cause.id(), complaint.loggedAt().plus(timing.complaintCallback()));
        kernel.store().append(c, "follow-up-" + id, 0, List.of(task), EventStore.Cause.following(cause, "notification-service: consumer of " + cause.source() + " events"));
        LOG.infof("Callback task for complaint %s of customer %s due %s", complaint.complaintId(), complaint.customerId(),
                task.dueAt());
    }
}
