package com.getpaid.notification.followup;

import com.getpaid.events.store.Sql;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWorkHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A task for staff falling due: an item of due work ({@link #KIND}, keyed by the task's id) queued with the task and
 * taken off the queue when the task is done first. From then on the task lists as OVERDUE; "why is this task not
 * due yet" is {@code DueWork.queuedFor(task id)}.
 */
@ApplicationScoped
public class FollowUpFallsDue implements DueWorkHandler {

    public static final String KIND = "follow-up-due";

    private static final Logger LOG = Logger.getLogger(FollowUpFallsDue.class);

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        Sql.one(c, "SELECT kind, about, customer_id, assignee FROM follow_up_view WHERE follow_up_id = ? AND status = 'OPEN'",
                rs -> String.format("%s task %s about %s for customer %s falls due now, for %s", rs.getString(1), item.key(),
                        rs.getString(2), rs.getString(3), rs.getString(4) == null ? "whoever takes it" : rs.getString(4)),
                item.key()).ifPresent(LOG::info);
        return Optional.empty();
    }
}
