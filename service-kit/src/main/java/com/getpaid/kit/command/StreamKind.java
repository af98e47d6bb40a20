package com.getpaid.kit.command;

import com.getpaid.events.DomainEvent;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * A kind of event stream and how its state is rebuilt: what the pipeline needs to load a stream,
 * let its state decide, and keep the state current with what was decided.
 *
 * @param <S> the state the decisions read (an aggregate)
 * @param <E> the stream's events
 */
public interface StreamKind<S, E extends DomainEvent> {

    /** The stream of {@code key} (a customer id, a complaint id...). */
    String streamId(String key);

    /**
     * The key whose write lock the load takes: commands on the same key wait their turn instead of
     * failing on the version. The customer for a customer's account; the stream's own id by default.
     */
    default String lockKey(String key) {
        return streamId(key);
    }

    /** The state after {@code history} (empty for a new stream). */
    S replay(String key, List<E> history);

    /** The state after one more event; the pipeline calls it with every event decided. */
    void apply(S state, E event);

    /** The latest snapshot of the stream, if this kind keeps them; read before the lock (the events after it are read under it). */
    default Optional<Snapshot<S>> snapshot(Connection c, String key) throws Exception {
        return Optional.empty();
    }

    /** The state after {@code after}, which follow the snapshot. */
    default S replay(String key, Snapshot<S> snapshot, List<E> after) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no snapshots");
    }

    /** Called in the transaction after events were appended, the stream now at {@code version}: where snapshots are written. */
    default void appended(Connection c, String key, S state, long versionBefore, long version) throws Exception {
    }

    /** A state as of a version of its stream. */
    record Snapshot<S>(S state, long version) {
    }
}
