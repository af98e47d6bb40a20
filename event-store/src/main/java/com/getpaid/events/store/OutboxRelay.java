package com.getpaid.events.store;

import com.getpaid.events.CloudEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

/**
 * Publishes the store's unpublished events to Kafka, oldest position first, then marks them
 * published. It selects by "not yet published", never by "after the last position sent", so a
 * transaction that commits late is picked up on the next pass instead of being skipped.
 *
 * <p>One relay per service publishes: the one holding a session advisory lock on its own,
 * unpooled connection ({@link LockConnections}), so the lock ends with that session and never
 * travels back into a pool. The active relay reads and marks events on that same connection, so a
 * pool exhausted by commands never costs it its leadership. Publishing is at least once: consumers
 * de-duplicate by event id.
 *
 * <p>Outages: while Kafka is away the active relay keeps its lock and retries with backoff (the
 * events wait in the store; writes go on). While PostgreSQL is away it gives the lock up (the
 * session is gone anyway) and competes for it again. An event the broker refuses for good (too
 * large, invalid) is parked with the reason ({@code stuck_at}); the customer's later events wait
 * behind it so per-customer order holds, everyone else's go on, and {@link #stuck()} says so.
 */
public final class OutboxRelay implements AutoCloseable {

    /** Sends a batch in order and returns only once the broker acknowledged all of it. */
    @FunctionalInterface
    public interface Publisher {
        void publish(List<CloudEvent> batch) throws Exception;
    }

    /** Opens a connection of its own for the relay lock (not from the pool): closing it ends the session. */
    @FunctionalInterface
    public interface LockConnections {
        Connection open() throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String COLUMNS = "position, event_id, type, subject, occurred_at, customer_id, correlation_id, "
            + "causation_id, data::text, caused_by";

    private final DataSource dataSource;
    private final LockConnections lockConnections;
    private final Publisher publisher;
    private final String source;
    private final String lockKey;
    private final int batchSize;
    private final Duration pollInterval;
    private final AtomicLong published = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean active;
    private volatile boolean running;
    /** The lock's connection while this relay is active: its reads and marks run there, not on the pool. */
    private volatile Connection own;
    private Thread thread;

    public OutboxRelay(DataSource dataSource, LockConnections lockConnections, Publisher publisher, String source,
            int batchSize, Duration pollInterval) {
        this.dataSource = dataSource;
        this.lockConnections = lockConnections;
        this.publisher = publisher;
        this.source = source;
        this.lockKey = source;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
    }

    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "outbox-relay-" + source);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether this instance holds the relay lock (one active relay per service). */
    public boolean isActive() {
        return active;
    }

    public long publishedCount() {
        return published.get();
    }

    /** The last failure (to publish, or to reach the database), or null once a later attempt succeeded. */
    public String lastError() {
        return lastError.get();
    }

    /**
     * What waits for Kafka, read in one query: the backlog (stuck events included), how many are stuck,
     * and how long the oldest has waited in seconds; -1 each when the database does not answer. The
     * stuck events themselves (up to 20, with the broker's reason) only when there are some.
     */
    public record Status(long backlog, long stuck, long oldestWaitingSeconds, List<String> stuckEvents) {
    }

    public Status status() {
        try (Connection c = dataSource.getConnection()) {
            long[] counts = Sql.one(c, "SELECT count(*), count(*) FILTER (WHERE stuck_at IS NOT NULL), "
                    + "coalesce(extract(epoch FROM now() - min(occurred_at))::bigint, 0) FROM event_store "
                    + "WHERE published_at IS NULL", rs -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).orElseThrow();
            List<String> stuck = counts[1] == 0 ? List.of() : Sql.list(c, "SELECT position, type, subject, customer_id, "
                    + "stuck_reason FROM event_store WHERE published_at IS NULL AND stuck_at IS NOT NULL ORDER BY position LIMIT 20",
                    rs -> "position " + rs.getLong(1) + ": " + rs.getString(2) + " " + rs.getString(3) + " of customer "
                            + rs.getString(4) + " (" + rs.getString(5) + ")");
            return new Status(counts[0], counts[1], counts[2], stuck);
        } catch (SQLException e) {
            return new Status(-1, -1, -1, List.of("unknown: " + e.getMessage()));
        }
    }

    /** Events stored but not yet acknowledged by Kafka (stuck ones included), or -1 when the database does not answer. */
    public long backlog() {
        return status().backlog();
    }

    public long oldestWaitingSeconds() {
        return status().oldestWaitingSeconds();
    }

    public long stuckCount() {
        return status().stuck();
    }

    public List<String> stuck() {
        return status().stuckEvents();
    }

    /** Lets the relay try the parked events again (after the broker's limit was raised, say); returns how many. */
    public int retryStuck() {
        return Jdbc.inTransaction(dataSource, c -> Sql.update(c,
                "UPDATE event_store SET stuck_at = NULL, stuck_reason = NULL WHERE published_at IS NULL AND stuck_at IS NOT NULL"));
    }

    private void run() {
        while (running) {
            Connection lock = null;
            try {
                lock = lockConnections.open();
                boolean mine = tryLock(lock);
                lastError.set(null); // the database answered: a standby is healthy too
                if (mine) {
                    active = true;
                    LOG.infof("Outbox relay of %s is active", source);
                    publishWhileHoldingTheLock(lock);
                } else {
                    pause(Duration.ofSeconds(2));
                }
            } catch (Exception e) {
                if (running) {
                    lastError.set(e.toString());
                    LOG.warnf("Outbox relay of %s cannot reach the database, retrying: %s", source, e);
                    pause(Duration.ofSeconds(1));
                }
            } finally {
                active = false;
                release(lock);
            }
        }
    }

    /** Publishes until stopped; a Kafka failure is waited out here, a lost database connection ends it. */
    private void publishWhileHoldingTheLock(Connection lock) throws SQLException {
        org.postgresql.PGConnection listener = listen(lock);
        own = lock;
        try {
            publishUntilStopped(lock, listener);
        } finally {
            own = null;
        }
    }

    private void publishUntilStopped(Connection lock, org.postgresql.PGConnection listener) throws SQLException {
        long backoff = 100;
        while (running) {
            try {
                if (publishBatch() < batchSize) {
                    awaitCommit(listener);
                }
                backoff = 100;
            } catch (Jdbc.StoreException | SQLException e) {
                throw e instanceof SQLException sql ? sql : new SQLException(e.getMessage(), "08006", e);
            } catch (Exception e) {
                lastError.set(e.toString());
                LOG.warnf("Outbox relay of %s cannot publish (%d events waiting), retrying in %d ms: %s", source, backlog(),
                        backoff, e.toString());
                pause(Duration.ofMillis(backoff));
                backoff = Math.min(backoff * 2, 5_000);
            }
            if (!lock.isValid(2)) {
                throw new SQLException("relay lock connection lost", "08006");
            }
        }
    }

    /**
     * One pass: sends up to a batch of unpublished events and marks them; returns how many were
     * handled. When the broker refuses the batch for what is in it, the events are sent one by one
     * to find the ones it refuses, which are parked with the reason.
     */
    int publishBatch() throws Exception {
        List<CloudEvent> batch = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        onOwnConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM event_store e "
                    + "WHERE published_at IS NULL AND stuck_at IS NULL AND NOT EXISTS (SELECT 1 FROM event_store s "
                    + "WHERE s.published_at IS NULL AND s.stuck_at IS NOT NULL AND s.customer_id = e.customer_id "
                    + "AND s.position < e.position) ORDER BY position LIMIT ?")) {
                ps.setInt(1, batchSize);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        positions.add(rs.getLong(1));
                        batch.add(new CloudEvent(rs.getString(2), rs.getString(3), source, rs.getString(4),
                                rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(10), rs.getString(9)));
                    }
                }
            }
            return null;
        });
        if (batch.isEmpty()) {
            lastError.set(null);
            return 0;
        }
        try {
            publisher.publish(batch);
            markPublished(positions);
        } catch (Exception e) {
            if (!refusedForGood(e)) {
                throw e;
            }
            oneByOne(batch, positions);
        }
        lastError.set(null);
        LOG.debugf("Relay of %s published %d events up to position %d", source, batch.size(),
                positions.get(positions.size() - 1));
        return batch.size();
    }

    /** Sends each event on its own, in order; parks those the broker refuses and holds back their customers' later ones. */
    private void oneByOne(List<CloudEvent> batch, List<Long> positions) throws Exception {
        Set<String> heldBack = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            CloudEvent event = batch.get(i);
            if (heldBack.contains(event.key())) {
                continue;
            }
            try {
                publisher.publish(List.of(event));
                markPublished(List.of(positions.get(i)));
            } catch (Exception e) {
                if (!refusedForGood(e)) {
                    throw e;
                }
                heldBack.add(event.key());
                String reason = rootMessage(e);
                long position = positions.get(i);
                onOwnConnection(c -> Sql.update(c,
                        "UPDATE event_store SET stuck_at = now(), stuck_reason = ? WHERE position = ?", reason, position));
                LOG.errorf("Outbox relay of %s: Kafka refuses event %d (%s %s of customer %s): %s. It is parked; the customer's "
                        + "later events wait behind it, everyone else's go on. Fix the cause, then POST /admin/outbox/retry-stuck",
                        source, positions.get(i), event.type(), event.subject(), event.key(), reason);
            }
        }
    }

    /** Errors about the record itself: sending it again would fail again. */
    static boolean refusedForGood(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                    || t instanceof InvalidRecordException || t instanceof SerializationException
                    || t instanceof InvalidTopicException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /**
     * A relay statement, each one on its own (autocommit): on the lock's connection while active, else from the
     * pool (a relay not started, in tests).
     */
    private <T> T onOwnConnection(Jdbc.Work<T> work) {
        Connection c = own;
        if (c == null) {
            return Jdbc.inTransaction(dataSource, work);
        }
        try {
            return work.apply(c);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new Jdbc.StoreException(e);
        }
    }

    private void markPublished(List<Long> positions) {
        onOwnConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE event_store SET published_at = ? WHERE position = ANY (?)")) {
                ps.setObject(1, java.sql.Timestamp.from(Instant.now()));
                ps.setArray(2, c.createArrayOf("bigint", positions.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
        published.addAndGet(positions.size());
    }

    /**
     * Listens for commits to the store on the lock's connection (a trigger NOTIFYs on insert, delivered
     * on commit), so the relay publishes at once instead of on the next poll; null where that is not PostgreSQL.
     */
    private static org.postgresql.PGConnection listen(Connection lock) throws SQLException {
        if (!lock.isWrapperFor(org.postgresql.PGConnection.class)) {
            return null;
        }
        try (var s = lock.createStatement()) {
            s.execute("LISTEN outbox");
        }
        return lock.unwrap(org.postgresql.PGConnection.class);
    }

    /** Waits until events commit, or the poll interval at most (a safety net should a notification be missed). */
    private void awaitCommit(org.postgresql.PGConnection listener) throws SQLException {
        if (listener == null) {
            pause(pollInterval);
            return;
        }
        listener.getNotifications((int) Math.max(1, pollInterval.toMillis()));
    }

    private boolean tryLock(Connection c) throws SQLException {
        String lock = "SELECT pg_try_advisory_lock(" + AdvisoryLocks.OUTBOX_RELAY.key() + ")";
        try (PreparedStatement ps = c.prepareStatement(lock)) {
            ps.setString(1, lockKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Gives the lock up and closes the relay's own connection (which ends its session, and the lock with it). */
    private void release(Connection lock) {
        if (lock == null) {
            return;
        }
        try (PreparedStatement ps = lock.prepareStatement("SELECT pg_advisory_unlock_all()")) {
            ps.execute();
        } catch (SQLException e) {
            // the session is gone, and its locks with it
        }
        try {
            lock.close();
        } catch (SQLException e) {
            LOG.debugf("Closing the relay's lock connection: %s", e);
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
