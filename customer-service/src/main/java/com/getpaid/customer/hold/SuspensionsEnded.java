package com.getpaid.customer.hold;

import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * When a manager's suspension of the automatic hold reasons ends, the hold is looked at again: a customer still over its
 * limit or overdue is held again, with the reasons. Every minute, the customers whose suspension ended in the last day
 * are re-evaluated (re-evaluating changes nothing when nothing changed, so doing it again is harmless; a day covers
 * a service that was down when the suspension ended). Each customer in its own transaction; one that fails is retried
 * on the next pass.
 */
@ApplicationScoped
public class SuspensionsEnded {

    private static final Logger LOG = Logger.getLogger(SuspensionsEnded.class);

    private final Kernel kernel;
    private final Commands commands;
    private final HoldEvaluator holds;
    private final Clock clock;

    public SuspensionsEnded(Kernel kernel, Commands commands, HoldEvaluator holds, Clock clock) {
        this.kernel = kernel;
        this.commands = commands;
        this.holds = holds;
        this.clock = clock;
    }

    @Scheduled(every = "${customers.hold.suspension-check-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        kernel.alone("suspensions-ended", () -> {
            Instant now = clock.instant();
            List<String> ended = kernel.transact(c -> Sql.list(c, "SELECT customer_id FROM customer_card "
                    + "WHERE hold_suspended_until <= ? AND hold_suspended_until > ?", rs -> rs.getString(1), now,
                    now.minus(Duration.ofDays(1))));
            for (String customerId : ended) {
                try {
                    kernel.transact(c -> commands.within(c, EventStore.Cause.by("customer-service: end of a hold suspension"),
                            tx -> {
                                holds.reevaluate(tx, customerId);
                                return null;
                            }));
                } catch (RuntimeException e) {
                    LOG.warnf("Customer %s: the end of its hold suspension could not be looked at this pass: %s", customerId,
                            e.toString());
                }
            }
            return ended.size();
        });
    }
}
