package com.getpaid.kit.command;

import com.getpaid.events.DomainEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.KernelConfig;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way a service changes its streams: transaction → idempotency → load for update (from a
 * snapshot where the kind keeps them) → decide → append → project, once. Work runs against a
 * {@link Tx}, which loads each stream once, applies what is decided to the loaded state (so a later
 * decision in the same transaction sees it), and appends everything at the end, a stream at a time.
 */
@ApplicationScoped
public class Commands {

    /** Work in one transaction; rerun from the start on a conflict (it must decide from what it loads). */
    @FunctionalInterface
    public interface Work<R> {
        R run(Tx tx) throws Exception;
    }

    /** A decision on a loaded state: the events it makes (none when nothing changes). */
    @FunctionalInterface
    public interface Decider<S, E extends DomainEvent> {
        List<? extends E> decide(S state) throws Exception;
    }

    /** Work the transaction does once, just before it appends (the customer's hold looked at again). */
    @FunctionalInterface
    public interface Finishing {
        void run(Tx tx) throws Exception;
    }

    private final Kernel kernel;
    private final Actors actors;
    private final CustomerGate gate;

    public Commands(Kernel kernel, Actors actors, KernelConfig config) {
        this.kernel = kernel;
        this.actors = actors;
        this.gate = new CustomerGate(config.transactions().inFlightPerCustomer(), config.transactions().lockTimeout());
    }

    /** A command of the caller (the token's subject is its cause), in a transaction of its own. */
    public <R> R run(Work<R> work) {
        EventStore.Cause cause = actors.cause();
        return kernel.transact(c -> within(c, cause, work));
    }

    /**
     * A command the ERP may send again: under the key, a repeat gets the kept answer and a different
     * request the 409; otherwise the work runs and its answer is kept in the same transaction.
     */
    public <R> Answer<R> once(Idempotency key, Class<R> type, Work<Answer<R>> work) {
        EventStore.Cause cause = actors.cause();
        return gate.through(customerOf(key.request()), () -> kernel.transact(c -> {
            Optional<IdempotentRequests.Kept> kept = IdempotentRequests.kept(c, key.scope(), key.key(), key.field(),
                    key.request());
            if (kept.isPresent()) {
                return Answer.kept(kept.get().status(), kept.get().body(), type);
            }
            Answer<R> answer = within(c, cause, work);
            IdempotentRequests.keep(c, key.scope(), key.key(), key.request(), answer.status(), answer.json());
            return answer;
        }));
    }

    /** The customer a request is for: its record component {@code customerId}, if it has one (the ERP's writes do). */
    static String customerOf(Object request) {
        java.lang.reflect.Method accessor = CUSTOMER_ID.get(request.getClass());
        if (accessor == null) {
            return null;
        }
        try {
            Object id = accessor.invoke(request);
            return id instanceof String s && !s.isBlank() ? s : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static final ClassValue<java.lang.reflect.Method> CUSTOMER_ID = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals("customerId") && component.getType() == String.class) {
                    component.getAccessor().setAccessible(true);
                    return component.getAccessor();
                }
            }
            return null;
        }
    };

    /** Work inside a transaction someone else opened (a consumer's batch, a due-work item): appended before it returns. */
    public <R> R within(Connection c, EventStore.Cause cause, Work<R> work) throws Exception {
        Tx tx = new Tx(c, cause);
        R result = work.run(tx);
        tx.flush();
        return result;
    }

    /** One transaction's streams: each loaded once, decided on any number of times, appended once. */
    public final class Tx {

        private final Connection connection;
        private EventStore.Cause cause;
        private final Map<String, Loaded<?, ?>> streams = new HashMap<>();
        private final List<Pending> pending = new ArrayList<>();
        private final Map<String, Finishing> finishing = new LinkedHashMap<>();
        private final List<DomainEvent> decided = new ArrayList<>();

        private Tx(Connection connection, EventStore.Cause cause) {
            this.connection = connection;
            this.cause = cause;
        }

        /** The transaction's connection, for the reads and projections that go with the decision. */
        public Connection connection() {
            return connection;
        }

        public EventStore.Cause cause() {
            return cause;
        }

        /** Who causes what is decided from now on (a consumer's batch: each record in turn). */
        public void causedBy(EventStore.Cause next) {
            this.cause = next;
        }

        /** The stream's state, loaded for update the first time and kept current with every decision after. */
        public <S, E extends DomainEvent> S load(StreamKind<S, E> kind, String key) throws Exception {
            return loaded(kind, key).state;
        }

        /** Whether the stream has any event, stored or decided in this transaction. */
        public <S, E extends DomainEvent> boolean exists(StreamKind<S, E> kind, String key) throws Exception {
            return loaded(kind, key).version() > 0;
        }

        /** Lets the stream's state decide; what it decided is applied to the state and appended at the end. */
        public <S, E extends DomainEvent> Decided<E> decide(StreamKind<S, E> kind, String key, Decider<S, E> decider)
                throws Exception {
            Loaded<S, E> stream = loaded(kind, key);
            List<E> events = List.copyOf(decider.decide(stream.state));
            for (E event : events) {
                kind.apply(stream.state, event);
                pending.add(new Pending(stream, event, cause));
                decided.add(event);
            }
            stream.decided += events.size();
            return new Decided<>(events);
        }

        /** Everything decided in this transaction so far, of one type. */
        public <X extends DomainEvent> List<X> decided(Class<X> type) {
            return decided.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /**
         * Runs {@code work} once before the transaction appends, however often it is asked for under
         * the same name (a batch of twenty payments of one customer looks at its hold once).
         */
        public void beforeAppend(String name, Finishing work) {
            finishing.putIfAbsent(name, work);
        }

        /**
         * Appends what was decided so far (and runs what waits for the append), so the projections are
         * current for a read in the same transaction. {@link Commands} calls it at the end; call it
         * earlier only to read a projection of what was just decided.
         */
        public List<StoredEvent> flush() throws Exception {
            while (!finishing.isEmpty()) {
                List<Finishing> due = new ArrayList<>(finishing.values());
                finishing.clear();
                for (Finishing work : due) {
                    work.run(this);
                }
            }
            List<StoredEvent> stored = new ArrayList<>();
            int from = 0;
            while (from < pending.size()) {
                // a run of events of one stream and one cause is one append; the runs go in decision order
                Pending first = pending.get(from);
                int to = from + 1;
                while (to < pending.size() && pending.get(to).stream == first.stream && pending.get(to).cause == first.cause) {
                    to++;
                }
                List<DomainEvent> run = pending.subList(from, to).stream().map(Pending::event).toList();
                stored.addAll(first.stream.append(connection, run, first.cause));
                from = to;
            }
            pending.clear();
            for (Loaded<?, ?> stream : streams.values()) {
                stream.finish(connection);
            }
            return stored;
        }

        @SuppressWarnings("unchecked")
        private <S, E extends DomainEvent> Loaded<S, E> loaded(StreamKind<S, E> kind, String key) throws Exception {
            String id = kind.streamId(key);
            Loaded<S, E> stream = (Loaded<S, E>) streams.get(id);
            if (stream == null) {
                stream = read(kind, key);
                streams.put(id, stream);
            }
            return stream;
        }

        @SuppressWarnings("unchecked")
        private <S, E extends DomainEvent> Loaded<S, E> read(StreamKind<S, E> kind, String key) throws Exception {
            String id = kind.streamId(key);
            Optional<StreamKind.Snapshot<S>> snapshot = kind.snapshot(connection, key);
            long from = snapshot.map(StreamKind.Snapshot::version).orElse(0L);
            List<E> after = kernel.store().loadForUpdate(connection, id, kind.lockKey(key), from).stream()
                    .map(e -> (E) e.event()).toList();
            S state = snapshot.isPresent() ? kind.replay(key, snapshot.get(), after) : kind.replay(key, after);
            return new Loaded<>(kind, key, id, state, from + after.size());
        }
    }

    private record Pending(Loaded<?, ?> stream, DomainEvent event, EventStore.Cause cause) {
    }

    /** A stream as loaded in this transaction: its state, the version in the store, and what was appended since. */
    private final class Loaded<S, E extends DomainEvent> {
        final StreamKind<S, E> kind;
        final String key;
        final String streamId;
        final S state;
        final long loadedVersion;
        long stored;
        long decided;
        long appendedSinceFinish;

        Loaded(StreamKind<S, E> kind, String key, String streamId, S state, long version) {
            this.kind = kind;
            this.key = key;
            this.streamId = streamId;
            this.state = state;
            this.loadedVersion = version;
            this.stored = version;
        }

        long version() {
            return loadedVersion + decided;
        }

        List<StoredEvent> append(Connection c, List<DomainEvent> events, EventStore.Cause cause) throws Exception {
            List<StoredEvent> appended = kernel.store().append(c, streamId, stored, events, cause);
            stored += events.size();
            appendedSinceFinish += events.size();
            return appended;
        }

        void finish(Connection c) throws Exception {
            if (appendedSinceFinish > 0) {
                kind.appended(c, key, state, stored - appendedSinceFinish, stored);
                appendedSinceFinish = 0;
            }
        }
    }
}
