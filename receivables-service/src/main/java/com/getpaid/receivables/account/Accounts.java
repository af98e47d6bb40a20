package com.getpaid.receivables.account;

import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;

/** Loads a customer's account, lets it decide, and appends what it decided, in the caller's transaction. */
@ApplicationScoped
public class Accounts {

    private final Kernel kernel;

    public Accounts(Kernel kernel) {
        this.kernel = kernel;
    }

    public ReceivablesAccount load(Connection c, String customerId) throws Exception {
        return ReceivablesAccount.from(kernel.store().loadForUpdate(c, ReceivablesAccount.streamId(customerId), customerId)
                .stream()
                .map(e -> (ReceivableEvent) e.event()).toList());
    }

    /** A decision on the account; it runs under the customer's write lock, so what it reads besides is current. */
    @FunctionalInterface
    public interface Decision {
        List<ReceivableEvent> decide(ReceivablesAccount account) throws Exception;
    }

    public List<StoredEvent> decide(Connection c, String customerId, EventStore.Cause cause, Decision decision)
            throws Exception {
        ReceivablesAccount account = load(c, customerId);
        return kernel.store().append(c, ReceivablesAccount.streamId(customerId), account.version(),
                decision.decide(account), cause);
    }
}
