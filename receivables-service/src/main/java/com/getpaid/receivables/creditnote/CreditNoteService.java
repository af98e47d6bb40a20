package com.getpaid.receivables.creditnote;

import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Decided;
import com.getpaid.receivables.account.ApprovalPolicy;
import com.getpaid.receivables.approval.Requested;
import java.util.Optional;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.IssueCreditNote;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Issues credit notes, idempotent on the credit note number; above one person, asks a second one first. */
@ApplicationScoped
public class CreditNoteService {

    private static final Logger LOG = Logger.getLogger(CreditNoteService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;
    private final ApprovalPolicy policy;
    private final BusinessCalendar calendar;

    public CreditNoteService(Commands commands, Accounts accounts, Actors actors, ApprovalPolicy policy,
            BusinessCalendar calendar) {
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
        this.policy = policy;
        this.calendar = calendar;
    }

    /** The note (201), or, on no invoice or above the threshold, the request for a second person's approval (202). */
    public Answer<Object> issue(IssueCreditNote command) {
        return commands.once(Idempotency.of("credit-note", command.creditNoteId(), "creditNoteId", command), Object.class, tx -> {
            Decided<ReceivableEvent> decided = tx.decide(accounts, command.customerId(), a -> a.requestCreditNote(command,
                    policy, actors.user(), calendar.today()));
            Optional<Answer<Object>> pending = Requested.pending(decided);
            if (pending.isPresent()) {
                return pending.get();
            }
            CreditNoteIssued e = decided.one(CreditNoteIssued.class);
            LOG.infof(
                        "Credit note %s for customer %s: %s %s, %s off %s, %s to credit balance (%s)", e.creditNoteId(),
                        e.customerId(), e.amount().toPlainString(), e.currency(), e.applied().toPlainString(),
                        e.invoiceId() == null ? "no invoice" : "invoice " + e.invoiceId(), e.toCredit().toPlainString(),
                        actors.describe());
            return Answer.<Object>created(e);
        });
    }
}
