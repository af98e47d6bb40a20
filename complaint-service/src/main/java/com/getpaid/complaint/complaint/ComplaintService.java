package com.getpaid.complaint.complaint;

import com.getpaid.events.Json;
import com.getpaid.events.complaints.ComplaintEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
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
    private final Actors actors;
    private final Clock clock;
    private final ComplaintPolicy policy;
    private final BusinessHours hours;
    private final BusinessCalendar calendar;

    public ComplaintService(Kernel kernel, Clock clock, Actors actors, ComplaintPolicy policy, BusinessCalendar calendar,
            @ConfigProperty(name = "getpaid.business-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.kernel = kernel;
        this.actors = actors;
        this.clock = clock;
        this.policy = policy;
        this.calendar = calendar;
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
     * Logs the complaint. With an {@code Idempotency-Key} the same request again gets the same
     * complaint back instead of a second one.
     */
    public IdempotentRequests.Reply log(LogComplaint command, String idempotencyKey) {
        return kernel.transact(c -> {
            IdempotentRequests.Action logIt = () -> {
                long number = Sql.one(c, "SELECT nextval('complaint_number')", rs -> rs.getLong(1)).orElseThrow();
                String id = "CMP-%06d".formatted(number);
                Instant now = clock.instant();
                Complaint complaint = Complaint.from(List.of());
                kernel.store().append(c, Complaint.streamId(id), complaint.version(), complaint.log(id, command, now,
                        hours.after(now, policy.dispatchWithin()), policy.seniorHandler()), actors.cause());
                LOG.infof("Complaint %s logged for customer %s: %s %s via %s, recorded by %s%s%s", id, command.customerId(),
                        command.severity(), command.category(), command.channel(), command.recordedBy(),
                        command.disputedAmount() == null ? "" : ", disputing " + command.disputedAmount().toPlainString()
                                + " " + command.currency(),
                        "SERIOUS".equals(command.severity()) ? "; serious, so straight to " + policy.seniorHandler() : "");
                return new IdempotentRequests.Reply(201, Json.write(view(c, id).orElseThrow()));
            };
            return idempotencyKey == null ? logIt.run()
                    : IdempotentRequests.once(c, "complaint", idempotencyKey, "Idempotency-Key", command, logIt);
        });
    }

    /**
     * Takes one step of a complaint's workflow under its lock and answers the complaint as it is after it. The body is
     * checked first ({@code validate}); with an {@code Idempotency-Key} a retry gets the first answer; without one, a step
     * repeated from the state it led to is refused (409) with the state it needs.
     */
    public <B, C> IdempotentRequests.Reply step(String id, String stepName, B body, java.util.function.Function<B, C> validate,
            String idempotencyKey, StepWith<C> step) {
        checkKey(idempotencyKey);
        C checked = validate.apply(ApiProblem.requireBody(body));
        return kernel.transact(c -> {
            IdempotentRequests.Action act = () -> {
                decide(c, id, actors.cause(), (complaint, now) -> step.decide(complaint, checked, now));
                return new IdempotentRequests.Reply(200, Json.write(view(c, id).orElseThrow()));
            };
            return idempotencyKey == null ? act.run()
                    : IdempotentRequests.once(c, "complaint-" + stepName, id + ":" + idempotencyKey, "Idempotency-Key", checked, act);
        });
    }

    /** An Idempotency-Key, when sent, is 1 to 128 characters. */
    static void checkKey(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 128 characters");
        }
    }

    /** A step decided with its checked body. */
    @FunctionalInterface
    public interface StepWith<C> {
        List<ComplaintEvent> decide(Complaint complaint, C body, Instant now);
    }

    /** Loads the complaint under its lock, decides, appends; returns what was recorded. */
    List<StoredEvent> decide(Connection c, String id, EventStore.Cause cause, Step step) throws Exception {
        List<StoredEvent> history = kernel.store().loadForUpdate(c, Complaint.streamId(id), Complaint.streamId(id));
        if (history.isEmpty()) {
            throw ApiProblem.notFound("No complaint '" + id + "'");
        }
        Complaint complaint = Complaint.from(history.stream().map(s -> (ComplaintEvent) s.event()).toList());
        List<ComplaintEvent> events = step.decide(complaint, clock.instant());
        if (events.isEmpty()) {
            return List.of();
        }
        List<StoredEvent> stored = kernel.store().append(c, Complaint.streamId(id), complaint.version(), events, cause);
        LOG.infof("Complaint %s of customer %s: %s, recorded by %s", id, complaint.customerId(),
                String.join(", ", stored.stream().map(s -> s.type()).toList()), cause.causedBy());
        return stored;
    }

    /** Complaints newest first; null filters do not filter. */
    public List<ComplaintView> list(String status, String customerId, String handler, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new java.util.ArrayList<>();
        for (String[] filter : new String[][] { { "status", status }, { "customer_id", customerId }, { "handler", handler } }) {
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

    public Optional<ComplaintView> find(String id) {
        return kernel.transact(c -> view(c, id));
    }

    Optional<ComplaintView> view(Connection c, String id) throws Exception {
        return Sql.one(c, "SELECT * FROM complaint_view WHERE complaint_id = ?", ComplaintView::of, id);
    }
}
