package com.getpaid.receivables.dispute;

import com.getpaid.events.Money;
import com.getpaid.events.receivables.DisputeConfirmed;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.CustomerScope;
import com.getpaid.kit.security.Roles;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.ConfirmDispute;
import com.getpaid.receivables.account.DisputePolicy;
import com.getpaid.receivables.account.OpenDispute;
import com.getpaid.receivables.account.ResolveDispute;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Opens and resolves disputes, idempotent on the dispute number (a resolution: once per dispute). */
@ApplicationScoped
public class DisputeService {

    private static final Logger LOG = Logger.getLogger(DisputeService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;
    private final BusinessCalendar calendar;
    private final DisputePolicy policy;

    private final CustomerScope scope;

    public DisputeService(Commands commands, Accounts accounts, Actors actors, BusinessCalendar calendar,
            DisputePolicy policy, CustomerScope scope) {
        this.policy = policy;
        this.scope = scope;
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
        this.calendar = calendar;
    }

    public Answer<DisputeOpened> open(DisputeRequest.Checked r) {
        return commands.once(Idempotency.of("dispute", r.disputeId(), "disputeId", r), DisputeOpened.class, tx -> {
            String customerId = customerOf(tx.connection(), "SELECT customer_id FROM invoice_view WHERE invoice_id = ?", r.invoiceId(),
                    "invoice");
            if (!scope.coversNow(customerId)) {
                throw new NotFound("No invoice '" + r.invoiceId() + "'"); // a colleague's customer's, as if there were none
            }
            OpenDispute command = new OpenDispute(r.disputeId(), customerId, r.invoiceId(), r.amount(), r.currency(), r.reason(),
                    r.complaintId(), actors.user(), calendar.today(), r.reviewBy(), !actors.holdsNoneOf(Roles.CREDIT_MANAGER));
            DisputeOpened e = tx.decide(accounts, customerId, a -> a.openDispute(command, policy)).one(DisputeOpened.class);
            LOG.infof("Dispute %s: customer %s disputes %s %s of invoice %s (%s), raised by %s, recorded by %s, review by "
                    + "%s; that part leaves dunning and %s", e.disputeId(), customerId, e.amount().toPlainString(),
                    e.currency(), e.invoiceId(), e.reason(), e.raisedBy(), actors.describe(), e.reviewBy(),
                    e.awaitingConfirmation() ? "holds once a credit manager confirms it" : "holds");
            return Answer.created(e);
        });
    }

    public Answer<DisputeResolved> resolve(String disputeId, ResolutionRequest.Checked r) {
        return commands.once(Idempotency.of("dispute-resolution", disputeId, "disputeId", r), DisputeResolved.class, tx -> {
            String customerId = customerOf(tx.connection(), "SELECT customer_id FROM dispute_view WHERE dispute_id = ?", disputeId, "dispute");
            String currency = Sql.one(tx.connection(), "SELECT currency FROM dispute_view WHERE dispute_id = ?", rs -> rs.getString(1),
                    disputeId).orElseThrow();
            ResolveDispute command = new ResolveDispute(disputeId, customerId, r.outcome(),
                    r.creditNoteAmount() == null ? null : Money.scaled(r.creditNoteAmount(), currency), actors.user(), calendar.today());
            DisputeResolved e = tx.decide(accounts, customerId, a -> a.resolveDispute(command)).one(DisputeResolved.class);
            LOG.infof("Dispute %s of customer %s %s by %s%s, recorded by %s; the disputed %s %s returns to dunning", disputeId,
                    customerId, e.outcome(), e.resolvedBy(), e.creditNoteId() == null ? "" : " with credit note "
                            + e.creditNoteId() + " of " + e.creditNoteAmount().toPlainString() + " " + e.currency(),
                    actors.describe(), e.amount().toPlainString(), e.currency());
            return Answer.created(e);
        });
    }

    /** A credit manager (the token's user) confirms a dispute awaiting confirmation; the same call again, the same answer. */
    public Answer<DisputeConfirmed> confirm(String disputeId) {
        return commands.once(Idempotency.of("dispute-confirmation", disputeId, "disputeId", disputeId), DisputeConfirmed.class,
                tx -> {
                    String customerId = customerOf(tx.connection(), "SELECT customer_id FROM dispute_view WHERE dispute_id = ?",
                            disputeId, "dispute");
                    DisputeConfirmed e = tx.decide(accounts, customerId, a -> a.confirmDispute(new ConfirmDispute(disputeId,
                            customerId, actors.user(), calendar.today()))).one(DisputeConfirmed.class);
                    LOG.infof("Dispute %s of customer %s confirmed by %s; the disputed %s %s of invoice %s leaves holds now",
                            disputeId, customerId, actors.describe(), e.amount().toPlainString(), e.currency(), e.invoiceId());
                    return Answer.created(e);
                });
    }

    /** The dispute's currency, when there is such a dispute. */
    public java.util.Optional<String> currencyOf(String disputeId) {
        return commands.run(tx -> Sql.one(tx.connection(), "SELECT currency FROM dispute_view WHERE dispute_id = ?",
                rs -> rs.getString(1), disputeId));
    }

    private static String customerOf(java.sql.Connection c, String sql, String id, String what) throws Exception {
        return Sql.one(c, sql, rs -> rs.getString(1), id).orElseThrow(() -> new NotFound("No " + what + " '" + id + "'"));
    }
}
