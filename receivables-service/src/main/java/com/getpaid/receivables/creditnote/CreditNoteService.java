package com.getpaid.receivables.creditnote;

import com.getpaid.events.receivables.CreditNoteIssued;
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

    private final Accounts accounts;
    private final Actors actors;

    public CreditNoteService(Accounts accounts, Actors actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    public IdempotentRequests.Reply issue(IssueCreditNote command) {
        return accounts.recordOnce("credit-note", command.creditNoteId(), "creditNoteId", command, command.customerId(),
                actors.cause(), CreditNoteIssued.class, a -> a.issueCreditNote(command), e -> LOG.infof(
                        "Credit note %s for customer %s: %s %s, %s off %s, %s to credit balance (%s)", e.creditNoteId(),
                        e.customerId(), e.amount().toPlainString(), e.currency(), e.applied().toPlainString(),
                        e.invoiceId() == null ? "no invoice" : "invoice " + e.invoiceId(), e.toCredit().toPlainString(),
                        actors.describe()));
    }
}
