package com.getpaid.events.store;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.DomainEvent;
import com.getpaid.events.EventCatalog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The service's event store (table {@code event_store}). Appends carry the version the caller
 * loaded (optimistic concurrency on a unique {@code (stream_id, version)}) and run the projector in
 * the same transaction. Appends of one customer are serialised by a transaction-scoped advisory
 * lock, so their positions follow commit order and the relay publishes them in that order.
 */
public final class EventStore {

    /**
     * The largest event we store: Kafka's default limit is 1 MB per record, so an event the broker
     * would refuse is refused here, with the caller's transaction, instead of stalling the relay.
     */
    public static final int MAX_EVENT_BYTES = 512 * 1024;

    private final Projector projector;
    private final Clock clock;

    public EventStore(Projector projector, Clock clock) {
        this.projector = projector;
        this.clock = clock;
    }

    /** Where an append comes from: the event (or request) that caused it, for tracing. */
    /**
     * Why an event happened: the correlation of the work it belongs to, the event that caused it (if
     * one did) and who caused it: {@code "erp-system (erp)"}, a token's subject with its roles, or
     * {@code "customer-service: consumer of receivables.v1"}, the consumer or job that did.
     */
    public record Cause(String correlationId, String causationId, String causedBy) {
        public Cause {
            if (causedBy == null || causedBy.isBlank()) {
                throw new IllegalArgumentException("every event records who caused it");
            }
        }

        /** Work that follows a consumed event, done by {@code causedBy} (the consumer). */
        public static Cause following(CloudEvent event, String causedBy) {
            return new Cause(event.correlationId() != null ? event.correlationId() : event.id(), event.id(), causedBy);
        }

        /** A new piece of work, started by {@code causedBy}. */
        public static Cause by(String causedBy) {
            return new Cause(UUID.randomUUID().toString(), null, causedBy);
        }
    }

    public List<StoredEvent> load(Connection c, String streamId) throws SQLException {
        return loadAfter(c, streamId, 0);
    }

    /** The stream's events after {@code version} (a snapshot's), in order. */
    public List<StoredEvent> loadAfter(Connection c, String streamId, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT position, event_id, stream_id, version, type, data::text, occurred_at, correlation_id, causation_id, caused_by "
                        + "FROM event_store WHERE stream_id = ? AND version > ? ORDER BY version")) {
            ps.setString(1, streamId);
            ps.setLong(2, version);
            return read(ps);
        }
    }

    /**
     * Loads a stream to decide on it, after taking the customer's write lock for this transaction:
     * concurrent commands for one customer then wait their turn instead of failing on the version.
     */
    public List<StoredEvent> loadForUpdate(Connection c, String streamId, String customerId) throws SQLException {
        return loadForUpdate(c, streamId, customerId, 0);
    }

    /** As {@link #loadForUpdate(Connection, String, String)}, the events after {@code version} only (a snapshot's). */
    public List<StoredEvent> loadForUpdate(Connection c, String streamId, String customerId, long version) throws SQLException {
        lockCustomer(c, customerId);
        return loadAfter(c, streamId, version);
    }

    /** Events after {@code position} in global order: what a projection rebuild replays. */
    public List<StoredEvent> readAll(Connection c, long afterPosition, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT position, event_id, stream_id, version, type, data::text, occurred_at, correlation_id, causation_id, caused_by "
                        + "FROM event_store WHERE position > ? ORDER BY position LIMIT ?")) {
            ps.setLong(1, afterPosition);
            ps.setInt(2, limit);
            return read(ps);
        }
    }

    /**
     * Appends events to a stream that the caller saw at {@code expectedVersion} (0 for a new stream).
     *
     * @throws ConcurrencyConflict when someone else appended first
     */
    public List<StoredEvent> append(Connection c, String streamId, long expectedVersion, List<? extends DomainEvent> events,
            Cause cause) throws Exception {
        if (events.isEmpty()) {
            return List.of();
        }
        lockCustomer(c, events.get(0).customerId());
        List<StoredEvent> stored = new ArrayList<>();
        long version = expectedVersion;
        for (DomainEvent event : events) {
            version++;
            UUID eventId = UUID.randomUUID();
            String type = EventCatalog.typeOf(event);
            Timestamp now = Timestamp.from(clock.instant());
            String data = EventCatalog.encode(event);
            // a UTF-8 character takes at most 4 bytes: only a long text needs counting
            int bytes = data.length() <= MAX_EVENT_BYTES / 4 ? 0 : data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > MAX_EVENT_BYTES) {
                throw new EventTooLarge(type, event.subject(), bytes);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO event_store (event_id, stream_id, version, type, customer_id, subject, data, occurred_at, "
                            + "correlation_id, causation_id, caused_by) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) "
                            + "ON CONFLICT (stream_id, version) DO NOTHING RETURNING position")) {
                ps.setObject(1, eventId);
                ps.setString(2, streamId);
                ps.setLong(3, version);
                ps.setString(4, type);
                ps.setString(5, event.customerId());
                ps.setString(6, event.subject());
                ps.setString(7, data);
                ps.setTimestamp(8, now);
                ps.setString(9, cause.correlationId());
                ps.setString(10, cause.causationId());
                ps.setString(11, cause.causedBy());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new ConcurrencyConflict(streamId, expectedVersion);
                    }
                    StoredEvent s = new StoredEvent(rs.getLong(1), eventId, streamId, version, type, event,
                            now.toInstant(), cause.correlationId(), cause.causationId(), cause.causedBy());
                    projector.project(c, s);
                    stored.add(s);
                }
            }
        }
        return stored;
    }

    /**
     * Empties the projector's tables and replays every stored event through it, in the caller's
     * transaction; {@code progress} hears the count every thousand events. DELETE, not TRUNCATE:
     * readers keep reading the old rows (MVCC) until it commits. Writes wait for it (they share the
     * rebuild lock, the rebuild takes it alone), so no event is appended and projected mid-replay.
     */
    public long rebuild(Connection c, java.util.function.LongConsumer progress) throws Exception {
        String alone = "SELECT pg_advisory_xact_lock(" + AdvisoryLocks.REBUILD.whole() + ")";
        try (PreparedStatement ps = c.prepareStatement(alone)) {
            ps.execute();
        }
        for (String table : projector.tables()) {
            try (var s = c.createStatement()) {
                s.execute("DELETE FROM " + table);
            }
        }
        return replay(c, progress);
    }

    private long replay(Connection c, java.util.function.LongConsumer progress) throws Exception {
        long position = 0;
        long count = 0;
        List<StoredEvent> batch;
        while (!(batch = readAll(c, position, 500)).isEmpty()) {
            for (StoredEvent e : batch) {
                projector.project(c, e);
                position = e.position();
                if (++count % 1000 == 0) {
                    progress.accept(count);
                }
            }
        }
        return count;
    }

    private static void lockCustomer(Connection c, String customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT pg_advisory_xact_lock_shared(" + AdvisoryLocks.REBUILD.whole() + "), pg_advisory_xact_lock("
                        + AdvisoryLocks.CUSTOMER.key() + ")")) {
            ps.setString(1, customerId);
            ps.execute();
        }
    }

    private static List<StoredEvent> read(PreparedStatement ps) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(5);
                events.add(new StoredEvent(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4),
                        type, EventCatalog.decode(type, rs.getString(6)), rs.getTimestamp(7).toInstant(),
                        rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
        return events;
    }
}
