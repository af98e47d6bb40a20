package com.getpaid.receivables.account;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.IdempotentRequests;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads a customer's account, lets it decide, and appends what it decided, in the caller's
 * transaction. A long account loads from its latest snapshot and the events after it, so a
 * command costs the same at the 100,000th invoice as at the first; every
 * {@code receivables.snapshot-every} events a new snapshot is written in the same transaction.
 */
@ApplicationScoped
public class Accounts {

    /** A decision on the account; it runs under the customer's write lock, so what it reads besides is current. */
    @FunctionalInterface
    public interface Decision {
        List<ReceivableEvent> decide(ReceivablesAccount account) throws Exception;
    }

    private final Kernel kernel;
    private final int snapshotEvery;

    public Accounts(Kernel kernel, @ConfigProperty(name = "receivables.snapshot-every", defaultValue = "200") int snapshotEvery) {
        this.kernel = kernel;
        this.snapshotEvery = snapshotEvery;
    }

    public ReceivablesAccount load(Connection c, String customerId) throws Exception {
        String stream = ReceivablesAccount.streamId(customerId);
        // a snapshot read before the lock is still sound: the events after it are read under the lock
        Optional<ReceivablesAccount.Snapshot> snapshot = Sql.one(c, "SELECT state::text FROM account_snapshot "
                + "WHERE stream_id = ? AND schema = ?", rs -> Json.read(rs.getString(1), ReceivablesAccount.Snapshot.class),
                stream, ReceivablesAccount.Snapshot.SCHEMA);
        List<ReceivableEvent> after = kernel.store().loadForUpdate(c, stream, customerId,
                snapshot.map(ReceivablesAccount.Snapshot::version).orElse(0L)).stream().map(e -> (ReceivableEvent) e.event()).toList();
        return snapshot.map(s -> ReceivablesAccount.from(s, after)).orElseGet(() -> ReceivablesAccount.from(after));
    }

    /**
     * A command the ERP may send again, recorded once: in one transaction, under the request's
     * idempotency key, the account decides one event, which {@code describe} logs and which is the
     * answer (201). The same request again gets the same answer; the same key with other content, 409.
     */
    public <E extends ReceivableEvent> IdempotentRequests.Reply recordOnce(String kind, String key, String keyField,
            Object command, String customerId, EventStore.Cause cause, Class<E> type, Decision decision,
            java.util.function.Consumer<E> describe) {
        return kernel.transact(c -> IdempotentRequests.once(c, kind, key, keyField, command, () -> {
            List<StoredEvent> stored = decide(c, customerId, cause, decision);
            E event = type.cast(stored.get(stored.size() - 1).event());
            describe.accept(event);
            return new IdempotentRequests.Reply(201, Json.write(event));
        }));
    }

    public List<StoredEvent> decide(Connection c, String customerId, EventStore.Cause cause, Decision decision)
            throws Exception {
        ReceivablesAccount account = load(c, customerId);
        long before = account.version();
        List<ReceivableEvent> decided = decision.decide(account);
        List<StoredEvent> stored = kernel.store().append(c, ReceivablesAccount.streamId(customerId), before, decided, cause);
        if (!decided.isEmpty() && (before + decided.size()) / snapshotEvery > before / snapshotEvery) {
            decided.forEach(account::apply);
            Sql.update(c, "INSERT INTO account_snapshot (stream_id, version, schema, state) VALUES (?, ?, ?, ?::jsonb) "
                    + "ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, schema = excluded.schema, "
                    + "state = excluded.state", ReceivablesAccount.streamId(customerId), account.version(),
                    ReceivablesAccount.Snapshot.SCHEMA, Json.write(account.snapshot()));
        }
        return stored;
    }
}
