package com.getpaid.complaint.workflow;

import com.getpaid.events.complaints.ComplaintAssigned;
import com.getpaid.events.complaints.ComplaintEscalated;
import com.getpaid.events.complaints.ComplaintEvent;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Decided;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.due.DueWork;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Logs complaints, takes them through their workflow, and reads them. */
@ApplicationScoped
public class ComplaintService {

    private static final Logger LOG = Logger.getLogger(ComplaintService.class);

    /** One step of the workflow, decided on the complaint as it is. */
    @FunctionalInterface
    public interface Step {
        List<ComplaintEvent> decide(Complaint complaint, Instant now);
    }

    private final Kernel kernel;
    private final Commands commands;
    private final DueWork dueWork;
    private final Clock clock;
    private final ComplaintPolicy policy;
    private final BusinessHours hours;
    private final BusinessCalendar calendar;
    private final ComplaintScope scope;

    public ComplaintService(Kernel kernel, Commands commands, DueWork dueWork, Clock clock, ComplaintPolicy policy, BusinessCalendar calendar,
            ComplaintScope scope, @ConfigProperty(name = "getpaid.business-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.kernel = kernel;
        this.commands = commands;
        this.dueWork = dueWork;
        this.clock = clock;
        this.policy = policy;
        this.calendar = calendar;
        this.scope = scope;
        this.hours = new BusinessHours(policy.opensAt(), policy.closesAt(), policy.businessDays(), zone);
    }

    void checkPolicy(@Observes StartupEvent started) {
        policy.check();
        LOG.infof("Complaints: dispatch within %s of business time (%s to %s, %s), call-back %s after carrying out, "
                + "%d attempts, approval above %s %s, senior handler %s", policy.dispatchWithin(), policy.opensAt(),
                policy.closesAt(), policy.businessDays(), policy.callbackAfter(), policy.callbackAttempts(),
                policy.approvalThreshold().toPlainString(), policy.approvalCurrency(), policy.seniorHandler());
    }

    public ComplaintPolicy policy() {
        return policy;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Logs the complaint. With an {@code Idempotency-Key} the same request again gets the same complaint back instead of a
     * second one.
     */
    public Answer<ComplaintView> log(LogComplaint command, String idempotencyKey) {
        return once(idempotencyKey == null ? null : Idempotency.of("complaint", idempotencyKey, "Idempotency-Key", command), tx -> {
            long number = Sql.one(tx.connection(), "SELECT nextval('complaint_number')", rs -> rs.getLong(1)).orElseThrow();
            String id = "CMP-%06d".formatted(number);
            Instant now = clock.instant();
            Instant dispatchDue = hours.after(now, policy.dispatchWithin());
            tx.decide(Complaint.KIND, id, complaint -> complaint.log(id, command, now, dispatchDue, policy.seniorHandler()));
            if (tx.load(Complaint.KIND, id).status() == ComplaintStatus.LOGGED) {
                dueWork.schedule(tx.connection(), DispatchDue.KIND, id, dispatchDue); // nobody has it yet: watched from then
            }
            LOG.infof("Complaint %s logged for customer %s: %s %s via %s, recorded by %s%s%s", id, command.customerId(),
                    command.severity(), command.category(), command.channel(), command.recordedBy(),
                    command.disputedAmount() == null ? "" : ", disputing " + command.disputedAmount().toPlainString()
                            + " " + command.currency(),
                    command.severity() == Severity.SERIOUS ? "; serious, so straight to " + policy.seniorHandler() : "");
            tx.flush(); // the answer is the complaint as projected
            return Answer.created(view(tx.connection(), id).orElseThrow());
        });
    }

    /**
     * Takes one step of a complaint's workflow under its lock and answers the complaint as it is after it. With an
     * {@code Idempotency-Key} a retry gets the first answer; without one, a step repeated from the state it led to is
     * refused with the state it needs. A complaint outside the caller's scope (a colleague's) is not found, before any
     * stored answer is given and again under the lock, so nothing is appended to it.
     */
    public <B> Answer<ComplaintView> step(String id, String stepName, B body, String idempotencyKey, StepWith<B> step) {
        Optional<String> mine = scope.acting();
        visible(id, mine);
        return once(idempotencyKey == null ? null : Idempotency.of("complaint-" + stepName, id + ":" + idempotencyKey,
                "Idempotency-Key", body), tx -> {
                    Decided<ComplaintEvent> decided = decide(tx, id, (complaint, now) -> {
                        if (!ComplaintScope.covers(mine, complaint.handler())) {
                            throw notFound(id); // reassigned meanwhile
                        }
                        return step.decide(complaint, body, now);
                    });
                    if (!decided.all(ComplaintAssigned.class).isEmpty() || !decided.all(ComplaintEscalated.class).isEmpty()) {
                        dueWork.cancel(tx.connection(), DispatchDue.KIND, id); // taken: no dispatch to watch any more
                    }
                    tx.flush(); // the answer is the complaint as projected
                    return Answer.unchanged(view(tx.connection(), id).orElseThrow());
                });
    }

    /** The work under the idempotency key when there is one, else as a command of its own. */
    private Answer<ComplaintView> once(Idempotency key, Commands.Work<Answer<ComplaintView>> work) {
        return key == null ? commands.run(work) : commands.once(key, ComplaintView.class, work);
    }

    /** A step decided with its body. */
    @FunctionalInterface
    public interface StepWith<B> {
        List<ComplaintEvent> decide(Complaint complaint, B body, Instant now);
    }

    /** Decides a step on the complaint in the transaction (loaded under its lock once); what it decided is appended. */
    Decided<ComplaintEvent> decide(Commands.Tx tx, String id, Step step) throws Exception {
        if (!tx.exists(Complaint.KIND, id)) {
            throw notFound(id);
        }
        Instant now = clock.instant();
        Decided<ComplaintEvent> decided = tx.decide(Complaint.KIND, id, complaint -> step.decide(complaint, now));
        if (!decided.isEmpty()) {
            LOG.infof("Complaint %s of customer %s: %s, recorded by %s", id, tx.load(Complaint.KIND, id).customerId(),
                    String.join(", ", decided.events().stream().map(e -> e.getClass().getSimpleName()).toList()),
                    tx.cause().causedBy());
        }
        return decided;
    }

    static NotFound notFound(String id) {
        return new NotFound("No complaint '" + id + "'");
    }

    /** The complaint, when the caller's scope covers it; otherwise (or when there is none) not found. */
    private ComplaintView visible(String id, Optional<String> scope) {
        return find(id).filter(v -> ComplaintScope.covers(scope, v.handler())).orElseThrow(() -> notFound(id));
    }

    /** Complaints newest first, of those the caller may read (support: theirs and the unassigned); null filters do not filter. */
    public List<ComplaintView> list(ComplaintStatus status, String customerId, String handler, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new java.util.ArrayList<>();
        scope.reading().ifPresent(mine -> {
            where.append(" AND (handler = ? OR handler IS NULL)");
            params.add(mine);
        });
        for (String[] filter : new String[][] { { "status", status == null ? null : status.name() },
                { "customer_id", customerId }, { "handler", handler } }) {
            if (filter[1] != null) {
                where.append(" AND ").append(filter[0]).append(" = ?");
                params.add(filter[1]);
            }
        }
        params.add(size);
        params.add((long) page * size);
        return kernel.transact(c -> Sql.list(c, "SELECT * FROM complaint_view" + where + " ORDER BY logged_at DESC, "
                + "complaint_id DESC LIMIT ? OFFSET ?", ComplaintView::of, params.toArray()));
    }

    /** The complaint as the caller may read it: one outside their scope is not found. */
    public ComplaintView read(String id) {
        return visible(id, scope.reading());
    }

    public Optional<ComplaintView> find(String id) {
        return kernel.transact(c -> view(c, id));
    }

    Optional<ComplaintView> view(Connection c, String id) throws Exception {
        return Sql.one(c, "SELECT * FROM complaint_view WHERE complaint_id = ?", ComplaintView::of, id);
    }
}
