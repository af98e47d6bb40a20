package com.getpaid.notification.followup;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.notifications.FollowUpCompleted;
import com.getpaid.events.notifications.FollowUpScheduled;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Schedules tasks for staff, once per kind and subject, and records what came of them. */
@ApplicationScoped
public class FollowUps {

    private static final Logger LOG = Logger.getLogger(FollowUps.class);

    /** Which tasks to list; null fields do not filter. {@code dueBy}: due at or before. */
    public record Filter(String customerId, String kind, String assignee, Instant dueBy, String status, int page, int size) {
    }

    private final Kernel kernel;
    private final Clock clock;
    private final Actors actors;

    public FollowUps(Kernel kernel, Clock clock, Actors actors) {
        this.kernel = kernel;
        this.clock = clock;
        this.actors = actors;
    }

    public List<FollowUpResource.FollowUpView> forCustomer(String customerId) {
        return list(new Filter(customerId, null, null, null, null, 0, 500));
    }

    /** Tasks soonest due first; an open task past its due time shows as OVERDUE. */
    public List<FollowUpResource.FollowUpView> list(Filter f) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (f.customerId() != null) {
            where.append(" AND customer_id = ?");
            params.add(f.customerId());
        }
        if (f.kind() != null) {
            where.append(" AND kind = ?");
            params.add(f.kind());
        }
        if (f.assignee() != null) {
            where.append(" AND assignee = ?");
            params.add(f.assignee());
        }
        if (f.dueBy() != null) {
            where.append(" AND due_at <= ?");
            params.add(f.dueBy());
        }
        if ("DONE".equals(f.status())) {
            where.append(" AND status = 'DONE'");
        } else if ("OPEN".equals(f.status())) {
            where.append(" AND status = 'OPEN' AND due_at >= ?");
            params.add(now);
        } else if ("OVERDUE".equals(f.status())) {
            where.append(" AND status = 'OPEN' AND due_at < ?");
            params.add(now);
        }
        params.add(f.size());
        params.add((long) f.page() * f.size());
        return kernel.transact(c -> Sql.list(c, "SELECT * FROM follow_up_view" + where + " ORDER BY due_at, follow_up_id "
                + "LIMIT ? OFFSET ?", rs -> view(rs, now), params.toArray()));
    }

    private static FollowUpResource.FollowUpView view(ResultSet rs, Instant now) throws SQLException {
        Instant due = Sql.instant(rs, "due_at");
        String status = rs.getString("status");
        return new FollowUpResource.FollowUpView(rs.getString("follow_up_id"), rs.getString("customer_id"), rs.getString("kind"),
                rs.getString("about"), due, "OPEN".equals(status) && due.isBefore(now) ? "OVERDUE" : status,
                rs.getString("answers_event_id"), rs.getString("assignee"), rs.getString("outcome"), rs.getString("note"),
                rs.getString("completed_by"), Sql.instant(rs, "completed_at"), rs.getString("brief"));
    }

    /**
     * Schedules a task for staff, once per kind and subject ({@code about}): a replayed event schedules nothing.
     * {@code assignee} may be null (whoever handles that kind of task).
     */
    public void schedule(Connection c, CloudEvent cause, String customerId, String kind, String about, Instant dueAt,
            String assignee) throws Exception {
        schedule(c, cause, customerId, kind, about, dueAt, assignee, null);
    }

    /** As {@link #schedule(Connection, CloudEvent, String, String, String, Instant, String)}, with what to know first. */
    public void schedule(Connection c, CloudEvent cause, String customerId, String kind, String about, Instant dueAt,
            String assignee, String brief) throws Exception {
        if (Sql.one(c, "SELECT 1 FROM follow_up_view WHERE kind = ? AND about = ?", rs -> 1, kind, about).isPresent()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        FollowUpScheduled task = new FollowUpScheduled(id, customerId, kind, about, cause.id(), dueAt, assignee, brief);
        kernel.store().append(c, streamId(id), 0, List.of(task), EventStore.Cause.following(cause,
                "notification-service: consumer of " + cause.source() + " events"));
        LOG.infof("%s task about %s for customer %s due %s, for %s", kind, about, customerId, dueAt,
                assignee == null ? "whoever takes it" : assignee);
    }

    /** The customer's account manager, from the card; null when the card names none. */
    public static String accountManagerOf(Connection c, String customerId) throws Exception {
        return Sql.one(c, "SELECT collection->>'accountManager' FROM customer_contact WHERE customer_id = ? "
                + "AND collection->>'accountManager' IS NOT NULL",
                rs -> rs.getString(1), customerId).orElse(null);
    }

    /**
     * Records what came of a task. The same completion again answers the task as it is; another one for a task already
     * done is refused (409).
     */
    public FollowUpResource.FollowUpView complete(String id, String outcome, String note, String by) {
        return kernel.transact(c -> {
            var history = kernel.store().loadForUpdate(c, streamId(id), streamId(id));
            if (history.isEmpty()) {
                throw ApiProblem.notFound("No follow-up '" + id + "'");
            }
            FollowUpScheduled task = (FollowUpScheduled) history.get(0).event();
            Optional<FollowUpCompleted> done = history.stream().map(s -> s.event()).filter(FollowUpCompleted.class::isInstance)
                    .map(FollowUpCompleted.class::cast).findFirst();
            if (done.isPresent()) {
                FollowUpCompleted d = done.get();
                if (!(d.outcome().equals(outcome) && java.util.Objects.equals(d.note(), note) && d.completedBy().equals(by))) {
                    throw ApiProblem.conflict("outcome", "Follow-up " + id + " was completed already, " + d.completedAt()
                            + " by " + d.completedBy() + ": " + d.outcome());
                }
            } else {
                kernel.store().append(c, streamId(id), history.size(), List.of(new FollowUpCompleted(id, task.customerId(),
                        outcome, note, by, clock.instant())), actors.cause());
                LOG.infof("%s task %s about %s for customer %s done by %s: %s", task.kind(), id, task.about(),
                        task.customerId(), by, outcome);
            }
            return Sql.one(c, "SELECT * FROM follow_up_view WHERE follow_up_id = ?", rs -> view(rs, clock.instant()), id)
                    .orElseThrow();
        });
    }

    /**
     * A task answered by what happened elsewhere (a call-back recorded in complaint-service): the open tasks of
     * {@code kind} whose subject starts with {@code aboutPrefix} are done, with {@code outcome}. Idempotent: done tasks
     * stay as they are.
     */
    public void completeBy(Connection c, CloudEvent cause, String kind, String aboutPrefix, String outcome, String note)
            throws Exception {
        for (String id : Sql.list(c, "SELECT follow_up_id FROM follow_up_view WHERE kind = ? AND about LIKE ? AND status = 'OPEN'",
                rs -> rs.getString(1), kind, aboutPrefix.replace("%", "\\%").replace("_", "\\_") + "%")) {
            var history = kernel.store().loadForUpdate(c, streamId(id), streamId(id));
            if (history.size() == 1) {
                FollowUpScheduled task = (FollowUpScheduled) history.get(0).event();
                kernel.store().append(c, streamId(id), 1, List.of(new FollowUpCompleted(id, task.customerId(), outcome, note,
                        cause.source(), clock.instant())), EventStore.Cause.following(cause,
                                "notification-service: consumer of " + cause.source() + " events"));
                LOG.infof("%s task %s about %s done by %s %s: %s", kind, id, task.about(), cause.source(), cause.type(), outcome);
            }
        }
    }

    static String streamId(String id) {
        return "follow-up-" + id;
    }
}
