package com.getpaid.events.store;

import com.getpaid.events.CloudEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The consumer's parked keys (tables {@code parked_key}, {@code parked_record}, {@code parked_skip}): a record that
 * fails for good parks its key (the customer) with the reason, and the key's later records are stored behind it in
 * order instead of being applied. Every call runs in the caller's transaction, beside the inbox.
 */
public final class ParkedKeys {

    /** A record kept in the database: where it was on Kafka and its envelope. */
    public record Parked(long seq, String topic, int partition, long offset, CloudEvent envelope) {
    }

    /** A parked key: the record it stopped at (its head), why, and how many records wait (the head among them). */
    public record Key(String consumer, String key, String topic, int partition, long firstOffset, String eventId,
            String type, String reason, Instant parkedAt, int attempts, Instant lastTriedAt, long waiting) {
    }

    /** Parks the key at the record that failed, with the reason; the record is the first of its key's queue. */
    public static void park(Connection c, String consumer, Parked record, String reason, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO parked_key (consumer, key, topic, partition, first_offset, event_id, type, reason, "
                + "parked_at, attempts, last_tried_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)", consumer,
                record.envelope().key(), record.topic(), record.partition(), record.offset(), record.envelope().id(),
                record.envelope().type(), cut(reason), now, now);
        behind(c, consumer, record, now);
    }

    /** Stores the record behind its parked key, in arrival order. */
    public static void behind(Connection c, String consumer, Parked record, Instant now) throws SQLException {
        CloudEvent e = record.envelope();
        Sql.update(c, "INSERT INTO parked_record (consumer, key, topic, partition, record_offset, event_id, type, source, "
                + "subject, occurred_at, correlation_id, causation_id, caused_by, payload, parked_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", consumer, e.key(), record.topic(), record.partition(),
                record.offset(), e.id(), e.type(), e.source(), e.subject(), e.time(), e.correlationId(), e.causationId(),
                e.causedBy(), e.data(), now);
    }

    /**
     * Which of the keys are parked for the consumer, each locked (shared) until the transaction ends, so a retry
     * cannot unpark a key while a record is being stored behind it.
     */
    public static Set<String> parkedAmong(Connection c, String consumer, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Sql.list(c, "SELECT key FROM parked_key WHERE consumer = ? AND key = ANY(?) FOR SHARE",
                rs -> rs.getString(1), consumer, c.createArrayOf("text", keys.toArray())));
    }

    /** The parked key, locked for this transaction (a retry or skip holds it). */
    public static Optional<Key> lock(Connection c, String consumer, String key) throws SQLException {
        return Sql.one(c, "SELECT k.*, 0 AS waiting FROM parked_key k WHERE consumer = ? AND key = ? FOR UPDATE",
                ParkedKeys::key, consumer, key);
    }

    /** The record at the head of the key's queue, if any. */
    public static Optional<Parked> head(Connection c, String consumer, String key) throws SQLException {
        return Sql.one(c, "SELECT * FROM parked_record WHERE consumer = ? AND key = ? ORDER BY seq LIMIT 1",
                ParkedKeys::parked, consumer, key);
    }

    /** Takes the applied (or skipped) record out of the queue; unparks the key when none is left. True when unparked. */
    public static boolean done(Connection c, String consumer, String key, long seq, Instant now) throws SQLException {
        Sql.update(c, "DELETE FROM parked_record WHERE seq = ?", seq);
        Optional<Parked> next = head(c, consumer, key);
        if (next.isEmpty()) {
            unpark(c, consumer, key);
            return true;
        }
        Parked n = next.get();
        Sql.update(c, "UPDATE parked_key SET topic = ?, partition = ?, first_offset = ?, event_id = ?, type = ?, "
                + "last_tried_at = ? WHERE consumer = ? AND key = ?", n.topic(), n.partition(), n.offset(), n.envelope().id(),
                n.envelope().type(), now, consumer, key);
        return false;
    }

    /** Unparks a key whose queue is empty. */
    public static void unpark(Connection c, String consumer, String key) throws SQLException {
        Sql.update(c, "DELETE FROM parked_key WHERE consumer = ? AND key = ?", consumer, key);
    }

    /** A retry failed at the head: the new reason, one more attempt. */
    public static void failed(Connection c, String consumer, String key, String reason, Instant now) throws SQLException {
        Sql.update(c, "UPDATE parked_key SET reason = ?, attempts = attempts + 1, last_tried_at = ? WHERE consumer = ? "
                + "AND key = ?", cut(reason), now, consumer, key);
    }

    /** Keeps the skipped record with who skipped it and why (the audit row), then takes it out of the queue. */
    public static boolean skipped(Connection c, Key key, Parked record, String reason, String by, Instant now)
            throws SQLException {
        Sql.update(c, "INSERT INTO parked_skip (consumer, key, topic, partition, record_offset, event_id, type, payload, "
                + "parked_reason, reason, skipped_by, skipped_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key.consumer(), key.key(), record.topic(), record.partition(), record.offset(), record.envelope().id(),
                record.envelope().type(), record.envelope().data(), key.reason(), reason, by, now);
        return done(c, key.consumer(), key.key(), record.seq(), now);
    }

    /** Every parked key, the oldest first, with how many records wait. */
    public static List<Key> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT k.*, (SELECT count(*) FROM parked_record r WHERE r.consumer = k.consumer "
                + "AND r.key = k.key) AS waiting FROM parked_key k ORDER BY parked_at, consumer, key", ParkedKeys::key);
    }

    /** The records waiting for a key, in order. */
    public static List<Parked> queue(Connection c, String consumer, String key) throws SQLException {
        return Sql.list(c, "SELECT * FROM parked_record WHERE consumer = ? AND key = ? ORDER BY seq", ParkedKeys::parked,
                consumer, key);
    }

    private static Key key(ResultSet rs) throws SQLException {
        return new Key(rs.getString("consumer"), rs.getString("key"), rs.getString("topic"), rs.getInt("partition"),
                rs.getLong("first_offset"), rs.getString("event_id"), rs.getString("type"), rs.getString("reason"),
                Sql.instant(rs, "parked_at"), rs.getInt("attempts"), Sql.instant(rs, "last_tried_at"), rs.getLong("waiting"));
    }

    private static Parked parked(ResultSet rs) throws SQLException {
        return new Parked(rs.getLong("seq"), rs.getString("topic"), rs.getInt("partition"), rs.getLong("record_offset"),
                new CloudEvent(rs.getString("event_id"), rs.getString("type"), rs.getString("source"), rs.getString("subject"),
                        Sql.instant(rs, "occurred_at"), rs.getString("key"), rs.getString("correlation_id"),
                        rs.getString("causation_id"), rs.getString("caused_by"), rs.getString("payload")));
    }

    private static String cut(String reason) {
        String r = reason == null ? "no reason given" : reason;
        return r.length() > 1000 ? r.substring(0, 1000) : r;
    }

    private ParkedKeys() {
    }
}
