package com.getpaid.receivables.worklist;

import com.getpaid.events.receivables.CollectionActivityRecorded;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/** Records what collectors did on worklist items, in the customer's account stream; the same outcome twice, once. */
@ApplicationScoped
public class Outcomes {

    private static final Logger LOG = Logger.getLogger(Outcomes.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;

    public Outcomes(Commands commands, Accounts accounts, Actors actors) {
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
    }

    Answer<CollectionActivityRecorded> record(String itemId, String customerId, String currency, LocalDate day,
            OutcomeRequest.Checked checked) {
        String key = itemId + "/" + IdempotentRequests.hash(checked).substring(0, 16);
        return commands.once(Idempotency.of("worklist-outcome", key, "itemId", checked), CollectionActivityRecorded.class,
                tx -> {
            var e = tx.decide(accounts, customerId, account -> {
                if (account.version() == 0) {
                    throw new NotFound("No invoices, payments or credit notes for customer '" + customerId + "'");
                }
                return List.of(new CollectionActivityRecorded(itemId, customerId, currency, day, checked.outcome().name(),
                        checked.note(), actors.describe()));
            }).one(CollectionActivityRecorded.class);
            LOG.infof("Worklist item %s: %s (%s), recorded by %s", itemId, e.outcome(), e.note(), e.recordedBy());
            return Answer.created(e);
        });
    }
}
