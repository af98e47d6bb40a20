package com.getpaid.kit.due;

import com.getpaid.events.store.AdvisoryLocks;
import com.getpaid.events.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Schedules work in the caller's transaction (the one that appends the event making it due). The queue is the
 * {@code due_work} table (one row per kind and key, migration {@code V40__due_work.sql} in each service);
 * {@link DueWorkRunner} runs what is due. The package-private methods are the runner's and the admin view's SQL.
 */
@ApplicationScoped
public class DueWork {

    static final int ERROR_LENGTH = 500;
    /** How many due items a claim looks at: the first one no other runner holds is taken. */
    private static final int CANDIDATES = 16;
    private static final String COLUMNS = "kind, key, due_at, attempts, last_error";

    /** Puts (kind, key) on the queue due at {@code dueAt}; if it is already queued, moves it to the earlier of the two times (keeps attempts). */
    public void schedule(Connection c, String kind, String key, Instant dueAt) throws SQLException {
        // no new row version when the time queued is already as early (every invoice of a customer asks again)
        Sql.update(c, "INSERT INTO due_work (kind, key, due_at) VALUES (?, ?, ?) ON CONFLICT (kind, key) "
                + "DO UPDATE SET due_at = EXCLUDED.due_at WHERE due_work.due_at > EXCLUDED.due_at", checked(kind, "kind"),
                checked(key, "key"), Objects.requireNonNull(dueAt, "dueAt"));
    }

    /** Puts (kind, key) due at exactly {@code dueAt}, replacing any time already queued (attempts reset). */
    public void reschedule(Connection c, String kind, String key, Instant dueAt) throws SQLException {
        Sql.update(c, "INSERT INTO due_work (kind, key, due_at) VALUES (?, ?, ?) ON CONFLICT (kind, key) "
                + "DO UPDATE SET due_at = EXCLUDED.due_at, attempts = 0, last_error = NULL", checked(kind, "kind"),
                checked(key, "key"), Objects.requireNonNull(dueAt, "dueAt"));
    }

    /** Takes (kind, key) off the queue, if queued. */
    public void cancel(Connection c, String kind, String key) throws SQLException {
        Sql.update(c, "DELETE FROM due_work WHERE kind = ? AND key = ?", kind, key);
    }

    /** What is queued for a key (all kinds), soonest first: the "why has this not happened" answer. */
    public List<DueItem> queuedFor(Connection c, String key) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM due_work WHERE key = ? ORDER BY due_at, kind", DueWork::item, key);
    }

    /**
     * Claims the soonest item due by {@code now} that no other runner holds, if any: see
     * {@link #claim(Connection, String, Instant, Collection)}.
     */
    Optional<DueItem> claim(Connection c, Instant now) throws SQLException {
        return claim(c, null, now.plusNanos(1000), List.of());
    }

    /**
     * Claims the soonest item due before {@code before} (of {@code kind}, or any kind when null; none whose key is in
     * {@code except}) that no other transaction holds, if any; held until this transaction ends. The claim is a
     * transaction-scoped advisory lock on (kind, key), not a row lock: a command that holds a customer's lock and
     * queues work for that customer must never wait for a runner that claimed the row and now waits for the
     * customer (that lock-order inversion deadlocked). So a runner takes locks in the order claim, then whatever its
     * handler locks, then the row when it finishes; a command takes the customer, then the row.
     */
    public Optional<DueItem> claim(Connection c, String kind, Instant before, Collection<String> except)
            throws SQLException {
        String[] skipped = except.toArray(new String[0]);
        List<DueItem> candidates = Sql.list(c, "SELECT " + COLUMNS + " FROM due_work WHERE due_at < ? AND (?::text IS NULL "
                + "OR kind = ?) AND NOT (key = ANY (?)) ORDER BY due_at, kind, key LIMIT " + CANDIDATES, DueWork::item, before,
                kind, kind, skipped);
        for (DueItem candidate : candidates) {
            boolean mine = Sql.one(c, "SELECT pg_try_advisory_xact_lock(" + AdvisoryLocks.DUE_WORK.key() + ")",
                    rs -> rs.getBoolean(1), candidate.kind() + ":" + candidate.key()).orElse(false);
            if (mine) {
                // read again under the claim: another runner may have finished it since the candidates were read
                Optional<DueItem> still = Sql.one(c, "SELECT " + COLUMNS + " FROM due_work WHERE kind = ? AND key = ? "
                        + "AND due_at < ?", DueWork::item, candidate.kind(), candidate.key(), before);
                if (still.isPresent()) {
                    return still;
                }
            }
        }
        return Optional.empty();
    }

    /** The claimed item ran: due again at {@code next}, or done (see {@link #again} and {@link #done}). */
    public void finish(Connection c, DueItem item, Optional<Instant> next) throws SQLException {
        if (next.isPresent()) {
            again(c, item, next.get());
        } else {
            done(c, item);
        }
    }

    /**
     * The claimed item is done: its row goes, unless it was queued again meanwhile (by the handler itself, in this
     * transaction, or by a command since the claim), which then stands.
     */
    void done(Connection c, DueItem item) throws SQLException {
        Sql.update(c, "DELETE FROM due_work WHERE kind = ? AND key = ? AND due_at = ?", item.kind(), item.key(), item.dueAt());
    }

    /**
     * The claimed item is due again at {@code next}, with a clean record; if it was queued again since the claim
     * (by a command that did not wait for the runner), the earlier of the two times stands.
     */
    void again(Connection c, DueItem item, Instant next) throws SQLException {
        Sql.update(c, "UPDATE due_work SET due_at = CASE WHEN due_at = ? THEN ? ELSE LEAST(due_at, ?) END, attempts = 0, "
                + "last_error = NULL WHERE kind = ? AND key = ?", item.dueAt(), next, next, item.kind(), item.key());
    }

    /**
     * Records a failed try of the item as it was claimed (one more attempt, why, when to try again); false when the
     * row changed meanwhile (rescheduled, cancelled or done by someone else), whose decision then stands.
     */
    boolean failed(Connection c, DueItem item, String why, Instant retryAt) throws SQLException {
        return Sql.update(c, "UPDATE due_work SET attempts = attempts + 1, last_error = ?, due_at = ? "
                + "WHERE kind = ? AND key = ? AND due_at = ? AND attempts = ?", truncated(why), retryAt, item.kind(), item.key(),
                item.dueAt(), item.attempts()) == 1;
    }

    /** The whole queue in three numbers, by the clock's {@code now}: one query for every gauge. */
    DueQueue.Stats stats(Connection c, Instant now) throws SQLException {
        return Sql.one(c, "SELECT count(*), count(*) FILTER (WHERE attempts > 0), min(due_at) FILTER (WHERE due_at <= ?) "
                + "FROM due_work", rs -> {
                    Instant oldest = rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant();
                    return new DueQueue.Stats(rs.getLong(1), rs.getLong(2),
                            oldest == null ? 0 : Math.max(0, (now.toEpochMilli() - oldest.toEpochMilli()) / 1000.0));
                }, now).orElseThrow();
    }

    /** Counts by kind, for the admin view. */
    List<DueWorkView.KindCounts> byKind(Connection c, Instant now) throws SQLException {
        return Sql.list(c, "SELECT kind, count(*), count(*) FILTER (WHERE due_at <= ?), count(*) FILTER (WHERE attempts > 0), "
                + "min(due_at) FILTER (WHERE due_at <= ?) AS oldest_due, min(due_at) AS next_due FROM due_work GROUP BY kind "
                + "ORDER BY kind", rs -> new DueWorkView.KindCounts(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        Sql.instant(rs, "oldest_due"), Sql.instant(rs, "next_due")), now, now);
    }

    /** The items that failed their last try, soonest retry first; one more than {@code size} to tell whether more follow. */
    List<DueItem> failing(Connection c, int page, int size) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM due_work WHERE attempts > 0 ORDER BY due_at, kind, key LIMIT ? OFFSET ?",
                DueWork::item, size + 1, (long) page * size);
    }

    static String truncated(String why) {
        return why == null || why.length() <= ERROR_LENGTH ? why : why.substring(0, ERROR_LENGTH);
    }

    private static DueItem item(ResultSet rs) throws SQLException {
        return new DueItem(rs.getString("kind"), rs.getString("key"), Sql.instant(rs, "due_at"), rs.getInt("attempts"),
                rs.getString("last_error"));
    }

    private static String checked(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Due work needs a " + name);
        }
        return value;
    }
}
