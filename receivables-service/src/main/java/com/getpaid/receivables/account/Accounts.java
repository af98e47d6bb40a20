package com.getpaid.receivables.account;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.command.StreamKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customers' accounts as streams for the command pipeline: one stream per customer, locked on the
 * customer. A long account loads from its latest snapshot and the events after it, so a command costs
 * the same at the 100,000th invoice as at the first; every {@code receivables.snapshot-every} events a
 * new snapshot is written in the same transaction, and the account's next fall-due day is queued ({@link FallDue}).
 */
@ApplicationScoped
public class Accounts implements StreamKind<ReceivablesAccount, ReceivableEvent> {

    private final int snapshotEvery;
    private final FallDue fallDue;

    public Accounts(@ConfigProperty(name = "receivables.snapshot-every", defaultValue = "200") int snapshotEvery,
            FallDue fallDue) {
        this.snapshotEvery = snapshotEvery;
        this.fallDue = fallDue;
    }

    @Override
    public String streamId(String customerId) {
        return ReceivablesAccount.streamId(customerId);
    }

    @Override
    public String lockKey(String customerId) {
        return customerId;
    }

    @Override
    public ReceivablesAccount replay(String customerId, List<ReceivableEvent> history) {
        return ReceivablesAccount.from(history);
    }

    @Override
    public void apply(ReceivablesAccount account, ReceivableEvent event) {
        account.apply(event);
    }

    @Override
    public Optional<Snapshot<ReceivablesAccount>> snapshot(Connection c, String customerId) throws Exception {
        // a snapshot read before the lock is still sound: the events after it are read under the lock
        return Sql.one(c, "SELECT state::text FROM account_snapshot WHERE stream_id = ? AND schema = ?",
                rs -> Json.read(rs.getString(1), ReceivablesAccount.Snapshot.class), streamId(customerId),
                ReceivablesAccount.Snapshot.SCHEMA).map(s -> new Snapshot<>(ReceivablesAccount.from(s, List.of()), s.version()));
    }

    @Override
    public ReceivablesAccount replay(String customerId, Snapshot<ReceivablesAccount> snapshot, List<ReceivableEvent> after) {
        ReceivablesAccount account = snapshot.state();
        after.forEach(account::apply);
        return account;
    }

    @Override
    public void appended(Connection c, String customerId, ReceivablesAccount account, long versionBefore, long version)
            throws Exception {
        fallDue.schedule(c, customerId); // what the append makes due, in its transaction (the projections are current)
        if (version / snapshotEvery > versionBefore / snapshotEvery) {
            Sql.update(c, "INSERT INTO account_snapshot (stream_id, version, schema, state) VALUES (?, ?, ?, ?::jsonb) "
                    + "ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, schema = excluded.schema, "
                    + "state = excluded.state", streamId(customerId), version, ReceivablesAccount.Snapshot.SCHEMA,
                    Json.write(account.snapshot()));
        }
    }
}
