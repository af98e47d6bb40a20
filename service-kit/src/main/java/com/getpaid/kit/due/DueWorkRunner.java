package com.getpaid.kit.due;

import com.getpaid.kit.Kernel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Runs the service's due work: every {@code getpaid.due-work.poll} (1 s) it claims due items one at a time, soonest
 * first, and hands each to the {@link DueWorkHandler} of its kind (see {@link DueQueue}). Safe with several instances
 * of a service by construction (a transaction-scoped claim per item, see {@link DueWork#claim}), not by a job lock. It does not start a batch while the
 * application starts or stops, and stops between items once shutdown begins. A database outage is logged once and
 * waited out: the next tick tries again. Also keeps the queue's gauges, refreshed by one query every few seconds.
 */
@ApplicationScoped
public class DueWorkRunner {

    private static final Logger LOG = Logger.getLogger(DueWorkRunner.class);
    private static final Duration STATS_EVERY = Duration.ofSeconds(5);

    private final DueWorkConfig config;
    private final DueQueue queue;
    private final MeterRegistry registry;
    private final Map<String, DueWorkHandler> handlers;
    private volatile boolean stopping;
    private volatile boolean databaseAway;
    private volatile DueQueue.Stats stats = new DueQueue.Stats(0, 0, 0);
    private volatile long statsAt = Long.MIN_VALUE;

    public DueWorkRunner(DueWorkConfig config, Kernel kernel, DueWork dueWork, Clock clock, MeterRegistry registry,
            @Any Instance<DueWorkHandler> handlers) {
        this.config = config;
        this.registry = registry;
        this.handlers = byKind(handlers);
        this.queue = new DueQueue(kernel::transact, dueWork, clock, this.handlers, config.maxBackoff(), registry);
    }

    void start(@Observes StartupEvent event) {
        Gauge.builder("getpaid.due.work.queued", this, r -> r.stats.queued()).description("Items on the due-work queue")
                .register(registry);
        Gauge.builder("getpaid.due.work.failing", this, r -> r.stats.failing())
                .description("Due-work items whose last try failed (waiting to be tried again)").register(registry);
        Gauge.builder("getpaid.due.work.overdue.seconds", this, r -> r.stats.overdueSeconds())
                .description("How long the oldest due but not yet done item has been due").register(registry);
        LOG.infof("Due work: handlers for %s, every %s, %d items at most per look%s", new TreeSet<>(handlers.keySet()),
                config.poll(), config.batch(), config.enabled() ? "" : " (disabled by configuration)");
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Scheduled(identity = "due-work", every = "${getpaid.due-work.poll:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        if (!config.enabled() || stopping) {
            return;
        }
        runDue();
    }

    /** Runs what is due now (at most one batch); returns how many items were claimed. */
    public int runDue() {
        try {
            int claimed = queue.runDue(config.batch(), () -> stopping);
            refreshStats();
            if (databaseAway) {
                databaseAway = false;
                LOG.info("Due work: the database is back; running due items again");
            }
            return claimed;
        } catch (RuntimeException e) {
            if (!databaseAway) {
                databaseAway = true;
                LOG.warnf("Due work: cannot reach the queue (%s); trying again every %s", e.getMessage(), config.poll());
            } else {
                LOG.debugf("Due work: queue still unreachable: %s", e.getMessage());
            }
            return 0;
        }
    }

    /** The last numbers the gauges show. */
    public DueQueue.Stats stats() {
        return stats;
    }

    private void refreshStats() {
        long now = System.nanoTime();
        if (statsAt == Long.MIN_VALUE || now - statsAt >= STATS_EVERY.toNanos()) {
            stats = queue.stats();
            statsAt = now;
        }
    }

    private static Map<String, DueWorkHandler> byKind(Instance<DueWorkHandler> beans) {
        Map<String, DueWorkHandler> byKind = new HashMap<>();
        for (DueWorkHandler handler : beans) {
            DueWorkHandler other = byKind.putIfAbsent(handler.kind(), handler);
            if (other != null) {
                throw new IllegalStateException("Two handlers for due work of kind '" + handler.kind() + "': "
                        + other.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        return byKind;
    }
}
