package com.getpaid.receivables.worklist;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.CollectionActivityRecorded;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.IdempotentRequests;
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

    private final Kernel kernel;
    private final Accounts accounts;
    private final Actors actors;

    public Outcomes(Kernel kernel, Accounts accounts, Actors actors) {
        this.kernel = kernel;
        this.accounts = accounts;
        this.actors = actors;
    }

    IdempotentRequests.Reply record(String itemId, String customerId, String currency, LocalDate day,
            OutcomeRequest.Checked checked) {
        String key = itemId + "/" + IdempotentRequests.hash(checked).substring(0, 16);
        return kernel.transact(c -> IdempotentRequests.once(c, "worklist-outcome", key, "itemId", checked, () -> {
            var stored = accounts.decide(c, customerId, actors.cause(), account -> {
                if (account.version() == 0) {
                    throw ApiProblem.notFound("No invoices, payments or credit notes for customer '" + customerId + "'");
                }
                return List.of(new CollectionActivityRecorded(itemId, customerId, currency, day, checked.outcome(),
                        checked.note(), actors.describe()));
            });
            CollectionActivityRecorded e = (CollectionActivityRecorded) stored.get(0).event();
            LOG.infof("Worklist item %s: %s (%s), recorded by %s", itemId, e.outcome(), e.note(), e.recordedBy());
            return new IdempotentRequests.Reply(201, Json.write(e));
        }));
    }
}
