package com.getpaid.events.store;

import com.getpaid.events.CloudEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Publishes the store's unpublished events to Kafka, oldest position first, then marks them
 * published. It selects by "not yet published", never by "after the last position sent", so a
 * transaction that commits late is picked up on the next pass instead of being skipped. Only the
 * instance holding the service's session-level advisory lock publishes, so per-key order holds
 * when several instances run. Publishing is at least once: consumers de-duplicate by event id.
 */
public final class OutboxRelay implements AutoCloseable {

    /** Sends a batch in order and returns only once the broker acknowledged all of it. */
    @FunctionalInterface
    public interface Publisher {
        void publish(List<CloudEvent> batch) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final DataSource dataSource;
    private final Publisher publisher;
    private final String source;
    private final long lockKey;
    private final int batchSize;
    private final Duration pollInterval;
    private final AtomicLong published = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean active;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelay(DataSource dataSource, Publisher publisher, String source, int batchSize, Duration pollInterval) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.source = source;
        this.lockKey = ("outbox-relay:" + source).hashCode();
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

    /** The last failure to publish, or null when the last attempt succeeded. */
    public String lastError() {
        return lastError.get();
    }

    /** Events stored but not yet acknowledged by Kafka. */
    public long backlog() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM event_store WHERE published_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private void run() {
        while (running) {
            try (Connection lockConnection = dataSource.getConnection()) {
                if (tryLock(lockConnection)) {
                    active = true;
                    LOG.infof("Outbox relay of %s is active", source);
                    while (running) {
                        if (publishBatch() < batchSize) {
                            pause(pollInterval);
                        }
                        keepAlive(lockConnection);
                    }
                } else {
                    pause(Duration.ofSeconds(5));
                }
            } catch (Exception e) {
                if (running) {
                    lastError.set(e.toString());
                    LOG.warnf("Outbox relay of %s failed, retrying: %s", source, e);
                    pause(Duration.ofSeconds(1));
                }
            } finally {
                active = false;
            }
        }
    }

    /** One pass: sends up to a batch of unpublished events and marks them; returns how many. */
    int publishBatch() throws Exception {
        List<CloudEvent> batch = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT position, event_id, type, subject, occurred_at, customer_id, correlation_id, causation_id, data::text "
                                + "FROM event_store WHERE published_at IS NULL ORDER BY position LIMIT ?")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    positions.add(rs.getLong(1));
                    batch.add(new CloudEvent(rs.getString(2), rs.getString(3), source, rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        if (batch.isEmpty()) {
            lastError.set(null);
            return 0;
        }
        publisher.publish(batch);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE event_store SET published_at = ? WHERE position = ANY (?)")) {
            ps.setObject(1, java.sql.Timestamp.from(Instant.now()));
            ps.setArray(2, c.createArrayOf("bigint", positions.toArray()));
            ps.executeUpdate();
        }
        published.addAndGet(batch.size());
        lastError.set(null);
        LOG.debugf("Relay of %s published %d events up to position %d", source, batch.size(),
                positions.get(positions.size() - 1));
        return batch.size();
    }

    private boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, lockKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Touches the lock's connection so a broken one is noticed (and the lock given up) quickly. */
    private static void keepAlive(Connection c) throws SQLException {
        if (!c.isValid(2)) {
            throw new SQLException("relay lock connection lost", "08006");
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
