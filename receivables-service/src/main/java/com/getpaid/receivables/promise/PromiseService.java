package com.getpaid.receivables.promise;

import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.RecordPromise;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Records promises to pay, idempotent on the promise number. */
@ApplicationScoped
public class PromiseService {

    private static final Logger LOG = Logger.getLogger(PromiseService.class);

    private final Accounts accounts;
    private final Actors actors;

    public PromiseService(Accounts accounts, Actors actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    public IdempotentRequests.Reply record(RecordPromise command) {
        return accounts.recordOnce("promise", command.promiseId(), "promiseId", command, command.customerId(), actors.cause(),
                PromiseRecorded.class, a -> a.promise(command), e -> LOG.infof("Promise %s: customer %s will pay %s %s on %s "
                        + "for %s (recorded by %s); their dunning pauses until then plus the tolerance", e.promiseId(),
                        e.customerId(), e.amount().toPlainString(), e.currency(), e.promisedFor(), e.invoiceIds(),
                        actors.describe()));
    }
}
