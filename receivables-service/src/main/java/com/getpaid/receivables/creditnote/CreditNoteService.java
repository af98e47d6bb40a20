package com.getpaid.receivables.creditnote;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.IssueCreditNote;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Issues credit notes, idempotent on the credit note number. */
@ApplicationScoped
public class CreditNoteService {

    private static final Logger LOG = Logger.getLogger(CreditNoteService.class);

    private final Kernel kernel;
    private final Accounts accounts;
    private final Actors actors;

    public CreditNoteService(Kernel kernel, Accounts accounts, Actors actors) {
        this.kernel = kernel;
        this.accounts = accounts;
        this.actors = actors;
    }

    public IdempotentRequests.Reply issue(IssueCreditNote command) {
        return kernel.transact(c -> IdempotentRequests.once(c, "credit-note", command.creditNoteId(), "creditNoteId", command,
                () -> {
                    var stored = accounts.decide(c, command.customerId(), actors.cause(), a -> a.issueCreditNote(command));
                    CreditNoteIssued e = (CreditNoteIssued) stored.get(0).event();
                    LOG.infof("Credit note %s for customer %s: %s %s, %s off %s, %s to credit balance (%s)", e.creditNoteId(),
                            e.customerId(), e.amount().toPlainString(), e.currency(), e.applied().toPlainString(),
                            e.invoiceId() == null ? "no invoice" : "invoice " + e.invoiceId(), e.toCredit().toPlainString(),
                            actors.describe());
                    return new IdempotentRequests.Reply(201, Json.write(e));
                }));
    }
}
