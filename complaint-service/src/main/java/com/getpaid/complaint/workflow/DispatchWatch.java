package com.getpaid.complaint.workflow;

import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Finds logged complaints nobody took by their dispatch time (60 business minutes by default) and raises
 * {@link ComplaintDispatchOverdue}, once, handing the complaint to the senior handler. Runs every
 * {@code complaints.watch-every}; one instance at a time. Each complaint is decided in its own transaction under its
 * lock, so a complaint assigned meanwhile is left alone, and one that fails is retried on the next pass without
 * stopping the others. A database outage only delays the flag: the next pass after it finds the same complaints.
 */
@ApplicationScoped
public class DispatchWatch {

    private static final Logger LOG = Logger.getLogger(DispatchWatch.class);

    private final Kernel kernel;
    private final Commands commands;
    private final ComplaintService complaints;
    private final Clock clock;

    public DispatchWatch(Kernel kernel, Commands commands, ComplaintService complaints, Clock clock) {
        this.kernel = kernel;
        this.commands = commands;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Scheduled(every = "${complaints.watch-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        watch();
    }

    /** Flags what is overdue now; returns how many complaints were flagged (0 when another instance is watching). */
    public int watch() {
        return kernel.alone("dispatch-watch", this::watchAlone).orElse(0);
    }

    private int watchAlone() {
        Instant now = clock.instant();
        record Due(String id, Instant loggedAt, Instant due) {
        }
        List<Due> due = kernel.transact(c -> Sql.list(c, "SELECT complaint_id, logged_at, dispatch_due FROM complaint_view "
                + "WHERE status = 'LOGGED' AND NOT dispatch_overdue AND dispatch_due <= ? ORDER BY dispatch_due LIMIT 500",
                rs -> new Due(rs.getString(1), Sql.instant(rs, "logged_at"), Sql.instant(rs, "dispatch_due")), now));
        int flagged = 0;
        for (Due d : due) {
            try {
                var decided = kernel.transact(c -> commands.within(c, EventStore.Cause.by("complaint-service: dispatch watch"),
                        tx -> complaints.decide(tx, d.id(), (complaint, at) -> complaint.dispatchOverdue(d.loggedAt(), d.due(),
                                at, complaints.policy().seniorHandler()))));
                if (!decided.isEmpty()) {
                    flagged++;
                    LOG.warnf("Complaint %s was not taken by %s (logged %s): dispatch overdue, escalated to %s", d.id(), d.due(),
                            d.loggedAt(), complaints.policy().seniorHandler());
                }
            } catch (RuntimeException e) {
                LOG.errorf("Dispatch watch could not decide complaint %s this pass: %s", d.id(), e.toString());
            }
        }
        return flagged;
    }
}
