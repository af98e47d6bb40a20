package com.getpaid.receivables.promise;

import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.RecordPromise;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Records promises to pay, idempotent on the promise number. */
@ApplicationScoped
public class PromiseService {

    private static final Logger LOG = Logger.getLogger(PromiseService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;
    private final int maxDaysAhead;

    public PromiseService(Commands commands, Accounts accounts, Actors actors,
            @ConfigProperty(name = "receivables.promise.max-days-ahead", defaultValue = "90") int maxDaysAhead) {
        this.maxDaysAhead = maxDaysAhead;
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
    }

    public Answer<PromiseRecorded> record(RecordPromise command) {
        return commands.once(Idempotency.of("promise", command.promiseId(), "promiseId", command), PromiseRecorded.class, tx -> {
            PromiseRecorded e = tx.decide(accounts, command.customerId(), a -> a.promise(command, maxDaysAhead)).one(PromiseRecorded.class);
            LOG.infof("Promise %s: customer %s will pay %s %s on %s "
                        + "for %s (recorded by %s); their dunning pauses until then plus the tolerance", e.promiseId(),
                        e.customerId(), e.amount().toPlainString(), e.currency(), e.promisedFor(), e.invoiceIds(),
                        actors.describe());
            return Answer.created(e);
        });
    }
}
