package com.getpaid.notification.followup;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.notifications.FollowUpCompleted;
import com.getpaid.events.notifications.FollowUpScheduled;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Decided;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.due.DueWork;
import com.getpaid.notification.contact.StaffScope;
import com.getpaid.events.notifications.NotificationEvent;
import jakarta.enterprise.context.ApplicationScoped;
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

    /**
     * Which tasks to list; null fields do not filter. {@code dueBy}: due at or before. {@code staff}: only the tasks
     * assigned to that user or of the customers they manage (empty: everyone's).
     */
    public record Filter(String customerId, String kind, String assignee, Instant dueBy, FollowUpStatus status, int page,
            int size, Optional<String> staff) {
    }

    private final Kernel kernel;
    private final Commands commands;
    private final Clock clock;
    private final DueWork dueWork;

    public FollowUps(Kernel kernel, Commands commands, Clock clock, DueWork dueWork) {
        this.dueWork = dueWork;
        this.kernel = kernel;
        this.commands = commands;
        this.clock = clock;
    }

    /** Tasks soonest due first; an open task past its due time shows as OVERDUE. */
    public List<FollowUpView> list(Filter f) {
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        f.staff().ifPresent(user -> {
            where.append(" AND ").append(StaffScope.theirTask("assignee", "follow_up_view.customer_id"));
            params.add(user);
            params.add(user);
        });
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
        if (f.status() != null) {
            switch (f.status()) {
                case DONE -> where.append(" AND status = 'DONE'");
                case OPEN -> {
                    where.append(" AND status = 'OPEN' AND due_at >= ?");
                    params.add(now);
                }
                case OVERDUE -> {
                    where.append(" AND status = 'OPEN' AND due_at < ?");
                    params.add(now);
                }
            }
        }
        params.add(f.size());
        params.add((long) f.page() * f.size());
        return kernel.transact(c -> Sql.list(c, "SELECT * FROM follow_up_view" + where + " ORDER BY due_at, follow_up_id "
                + "LIMIT ? OFFSET ?", rs -> view(rs, now), params.toArray()));
    }

    private static FollowUpView view(ResultSet rs, Instant now) throws SQLException {
        Instant due = Sql.instant(rs, "due_at");
        FollowUpStatus status = FollowUpStatus.valueOf(rs.getString("status"));
        return new FollowUpView(rs.getString("follow_up_id"), rs.getString("customer_id"),
                FollowUpKind.valueOf(rs.getString("kind")), rs.getString("about"), due,
                status == FollowUpStatus.OPEN && due.isBefore(now) ? FollowUpStatus.OVERDUE : status,
                rs.getString("answers_event_id"), rs.getString("assignee"), rs.getString("outcome"), rs.getString("note"),
                rs.getString("completed_by"), Sql.instant(rs, "completed_at"), rs.getString("brief"));
    }

    /**
     * Schedules a task for staff, once per kind and subject ({@code about}): a replayed event schedules nothing.
     * {@code assignee} may be null (whoever handles that kind of task).
     */
    public void schedule(Commands.Tx tx, CloudEvent cause, String customerId, FollowUpKind kind, String about, Instant dueAt,
            String assignee) throws Exception {
        schedule(tx, cause, customerId, kind, about, dueAt, assignee, null);
    }

    /** As {@link #schedule(Commands.Tx, CloudEvent, String, FollowUpKind, String, Instant, String)}, with what to know first. */
    public void schedule(Commands.Tx tx, CloudEvent cause, String customerId, FollowUpKind kind, String about, Instant dueAt,
            String assignee, String brief) throws Exception {
        schedule(tx, cause.id(), customerId, kind, about, dueAt, assignee, brief);
    }

    /** As above, for a task that answers the event {@code answersEventId} (the one a failed message answered). */
    public void schedule(Commands.Tx tx, String answersEventId, String customerId, FollowUpKind kind, String about,
            Instant dueAt, String assignee, String brief) throws Exception {
        if (Sql.one(tx.connection(), "SELECT 1 FROM follow_up_view WHERE kind = ? AND about = ?", rs -> 1, kind.name(), about)
                .isPresent()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        tx.decide(FollowUp.KIND, id, task -> task.schedule(customerId, kind, about, answersEventId, dueAt, assignee, brief));
        tx.flush(); // the next event of the batch finds the task in follow_up_view (once per kind and subject)
        dueWork.schedule(tx.connection(), FollowUpFallsDue.KIND, id, dueAt);
        LOG.infof("%s task about %s for customer %s due %s, for %s", kind, about, customerId, dueAt,
                assignee == null ? "whoever takes it" : assignee);
    }

    /**
     * Records what came of a task. The same completion again answers the task as it is; another one for a task already
     * done is refused (409). A task outside {@code staff}'s (another's, of a customer they do not manage) is not found,
     * and nothing is recorded.
     */
    public FollowUpView complete(String id, String outcome, String note, String by, Optional<String> staff) {
        return commands.run(tx -> {
            if (staff.isPresent() && Sql.one(tx.connection(), "SELECT 1 FROM follow_up_view WHERE follow_up_id = ? AND "
                    + StaffScope.theirTask("assignee", "follow_up_view.customer_id"), rs -> 1, id, staff.get(), staff.get())
                    .isEmpty()) {
                throw new NotFound("No follow-up '" + id + "'");
            }
            Decided<NotificationEvent> done = tx.decide(FollowUp.KIND, id, task -> task.complete(outcome, note, by,
                    clock.instant()));
            if (!done.isEmpty()) {
                dueWork.cancel(tx.connection(), FollowUpFallsDue.KIND, id);
                FollowUpScheduled task = tx.load(FollowUp.KIND, id).task();
                LOG.infof("%s task %s about %s for customer %s done by %s: %s", task.kind(), id, task.about(),
                        task.customerId(), by, outcome);
            }
            tx.flush(); // the answer is the task as the view now has it
            return Sql.one(tx.connection(), "SELECT * FROM follow_up_view WHERE follow_up_id = ?",
                    rs -> view(rs, clock.instant()), id).orElseThrow();
        });
    }

    /**
     * A task answered by what happened elsewhere (a call-back recorded in complaint-service): the open tasks of
     * {@code kind} whose subject starts with {@code aboutPrefix} are done, with {@code outcome}. Idempotent: done tasks
     * stay as they are.
     */
    public void completeBy(Commands.Tx tx, CloudEvent cause, FollowUpKind kind, String aboutPrefix, String outcome,
            String note) throws Exception {
        for (String id : Sql.list(tx.connection(), "SELECT follow_up_id FROM follow_up_view WHERE kind = ? AND about LIKE ? "
                + "AND status = 'OPEN'", rs -> rs.getString(1), kind.name(),
                aboutPrefix.replace("%", "\\%").replace("_", "\\_") + "%")) {
            Decided<NotificationEvent> done = tx.decide(FollowUp.KIND, id, task -> task.answeredBy(outcome, note,
                    cause.source(), clock.instant()));
            if (done.first(FollowUpCompleted.class).isPresent()) {
                dueWork.cancel(tx.connection(), FollowUpFallsDue.KIND, id);
                LOG.infof("%s task %s done by %s %s: %s", kind, id, cause.source(), cause.type(), outcome);
            }
        }
    }
}
