package com.getpaid.receivables.creditnote;

import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.IssueCreditNote;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Issues credit notes, idempotent on the credit note number. */
@ApplicationScoped
public class CreditNoteService {

    private static final Logger LOG = Logger.getLogger(CreditNoteService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;

    public CreditNoteService(Commands commands, Accounts accounts, Actors actors) {
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
    }

    public Answer<CreditNoteIssued> issue(IssueCreditNote command) {
        return commands.once(Idempotency.of("credit-note", command.creditNoteId(), "creditNoteId", command), CreditNoteIssued.class, tx -> {
            CreditNoteIssued e = tx.decide(accounts, command.customerId(), a -> a.issueCreditNote(command)).one(CreditNoteIssued.class);
            LOG.infof(
                        "Credit note %s for customer %s: %s %s, %s off %s, %s to credit balance (%s)", e.creditNoteId(),
                        e.customerId(), e.amount().toPlainString(), e.currency(), e.applied().toPlainString(),
                        e.invoiceId() == null ? "no invoice" : "invoice " + e.invoiceId(), e.toCredit().toPlainString(),
                        actors.describe());
            return Answer.created(e);
        });
    }
}
