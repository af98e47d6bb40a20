package com.getpaid.kit.due;

import com.getpaid.events.store.Jdbc;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * The runner's core, without the framework: claim the soonest due item no other runner holds, run its
 * handler and delete or reschedule the row, all in one transaction, so two instances never do one item twice and a
 * crash before the commit leaves the item due. A failure is recorded in a transaction of its own and pushes the item
 * back (1 s doubling up to the max backoff); the next claim then takes the item behind it.
 */
public final class DueQueue {

    private static final Logger LOG = Logger.getLogger(DueQueue.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    /** Runs work in one transaction ({@code Kernel::transact} in a service). */
    public interface Transactions {
        <T> T transact(Jdbc.Work<T> work);
    }

    /** What one claim did. */
    public enum Outcome {
        /** Nothing was due (or all that is due is held by another runner). */
        NOTHING_DUE,
        /** The handler finished the item: the row is gone. */
        DONE,
        /** The handler finished this round and set when the item is due again. */
        DUE_AGAIN,
        /** The handler threw: the work rolled back, the failure is recorded and the item backs off. */
        FAILED,
        /** No handler for the item's kind: it is pushed back by the max backoff. */
        NO_HANDLER
    }

    /** The queue in three numbers, for the gauges. */
    public record Stats(long queued, long failing, double overdueSeconds) {
    }

    private final Transactions transactions;
    private final DueWork queue;
    private final Clock clock;
    private final Map<String, DueWorkHandler> handlers;
    private final Duration maxBackoff;
    private final MeterRegistry registry;
    private final Set<String> unhandledKindsLogged = ConcurrentHashMap.newKeySet();

    public DueQueue(Transactions transactions, DueWork queue, Clock clock, Map<String, DueWorkHandler> handlers,
            Duration maxBackoff, MeterRegistry registry) {
        this.transactions = transactions;
        this.queue = queue;
        this.clock = clock;
        this.handlers = Map.copyOf(handlers);
        this.maxBackoff = maxBackoff;
        this.registry = registry;
    }

    /**
     * Runs due items one at a time, soonest first, until {@code batch} were claimed, nothing more is due, or
     * {@code stop} says so; returns how many were claimed. A database failure outside an item's work propagates.
     */
    public int runDue(int batch, BooleanSupplier stop) {
        int claimed = 0;
        while (claimed < batch && !stop.getAsBoolean()) {
            if (runNext() == Outcome.NOTHING_DUE) {
                break;
            }
            claimed++;
        }
        return claimed;
    }

    /** Claims and runs the soonest due item, if any. */
    public Outcome runNext() {
        Instant now = clock.instant();
        DueItem[] claimed = new DueItem[1];
        try {
            return transactions.transact(c -> {
                claimed[0] = null;
                Optional<DueItem> next = queue.claim(c, now);
                if (next.isEmpty()) {
                    return Outcome.NOTHING_DUE;
                }
                DueItem item = next.get();
                claimed[0] = item;
                DueWorkHandler handler = handlers.get(item.kind());
                if (handler == null) {
                    if (unhandledKindsLogged.add(item.kind())) {
                        LOG.errorf("No handler for due work of kind '%s' (key %s and any others of that kind): pushed back by "
                                + "%s each time until a handler is deployed; the items are kept", item.kind(), item.key(),
                                maxBackoff);
                    }
                    queue.failed(c, item, "no handler for kind '" + item.kind() + "'", now.plus(maxBackoff));
                    return Outcome.NO_HANDLER;
                }
                Optional<Instant> again = handler.handle(c, item);
                queue.finish(c, item, again);
                counter("getpaid.due.work.done", "Due work items done (or done for this round)", item.kind()).increment();
                return again.isPresent() ? Outcome.DUE_AGAIN : Outcome.DONE;
            });
        } catch (RuntimeException e) {
            DueItem item = claimed[0];
            if (item == null) {
                throw e; // could not even claim: the database is away; the caller tries on its next tick
            }
            recordFailure(item, e);
            return Outcome.FAILED;
        }
    }

    /** The numbers behind the gauges, by the clock; one query. */
    public Stats stats() {
        Instant now = clock.instant();
        return transactions.transact(c -> queue.stats(c, now));
    }

    /** How long to wait after the {@code failures}-th failure in a row: 1 s, 2 s, 4 s... up to {@code max}. */
    static Duration backoff(int failures, Duration max) {
        int doublings = Math.max(0, failures - 1);
        if (doublings >= 40) {
            return max;
        }
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private void recordFailure(DueItem item, RuntimeException error) {
        counter("getpaid.due.work.failures", "Failed tries of due work items", item.kind()).increment();
        int attempt = item.attempts() + 1;
        Duration wait = backoff(attempt, maxBackoff);
        Instant retryAt = clock.instant().plus(wait);
        String why = why(error);
        boolean recorded;
        try {
            recorded = transactions.transact(c -> queue.failed(c, item, why, retryAt));
        } catch (RuntimeException e) {
            LOG.errorf("Due work %s for %s failed (attempt %d: %s) and the failure could not be recorded (%s): it is tried "
                    + "again when next claimed", item.kind(), item.key(), attempt, why, e.getMessage());
            throw e;
        }
        if (recorded) {
            LOG.warnf("Due work %s for %s failed (attempt %d): %s; retrying in %s, at %s", item.kind(), item.key(), attempt, why,
                    wait, retryAt);
        } else {
            LOG.warnf("Due work %s for %s failed (attempt %d): %s; it was rescheduled or taken off the queue meanwhile, "
                    + "which stands", item.kind(), item.key(), attempt, why);
        }
    }

    private static String why(Throwable error) {
        Throwable cause = error instanceof Jdbc.StoreException && error.getCause() != null ? error.getCause() : error;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getName() : message;
    }

    private Counter counter(String name, String description, String kind) {
        return Counter.builder(name).description(description).tag("kind", kind).register(registry);
    }
}
