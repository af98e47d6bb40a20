package com.getpaid.receivables.dispute;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.OpenDispute;
import com.getpaid.receivables.account.ResolveDispute;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Opens and resolves disputes, idempotent on the dispute number (a resolution: once per dispute). */
@ApplicationScoped
public class DisputeService {

    private static final Logger LOG = Logger.getLogger(DisputeService.class);

    private final Kernel kernel;
    private final Accounts accounts;
    private final Actors actors;
    private final BusinessCalendar calendar;

    public DisputeService(Kernel kernel, Accounts accounts, Actors actors, BusinessCalendar calendar) {
        this.kernel = kernel;
        this.accounts = accounts;
        this.actors = actors;
        this.calendar = calendar;
    }

    public IdempotentRequests.Reply open(DisputeRequest.Checked r) {
        return kernel.transact(c -> IdempotentRequests.once(c, "dispute", r.disputeId(), "disputeId", r, () -> {
            String customerId = customerOf(c, "SELECT customer_id FROM invoice_view WHERE invoice_id = ?", r.invoiceId(),
                    "invoice");
            OpenDispute command = new OpenDispute(r.disputeId(), customerId, r.invoiceId(), r.amount(), r.currency(), r.reason(),
                    r.complaintId(), r.raisedBy(), calendar.today());
            DisputeOpened e = (DisputeOpened) accounts.decide(c, customerId, actors.cause(), a -> a.openDispute(command))
                    .get(0).event();
            LOG.infof("Dispute %s: customer %s disputes %s %s of invoice %s (%s), raised by %s, recorded by %s; that part "
                    + "leaves dunning and holds", e.disputeId(), customerId, e.amount().toPlainString(), e.currency(),
                    e.invoiceId(), e.reason(), e.raisedBy(), actors.describe());
            return new IdempotentRequests.Reply(201, Json.write(e));
        }));
    }

    public IdempotentRequests.Reply resolve(String disputeId, ResolutionRequest.Checked r) {
        return kernel.transact(c -> IdempotentRequests.once(c, "dispute-resolution", disputeId, "disputeId", r, () -> {
            String customerId = customerOf(c, "SELECT customer_id FROM dispute_view WHERE dispute_id = ?", disputeId, "dispute");
            String currency = Sql.one(c, "SELECT currency FROM dispute_view WHERE dispute_id = ?", rs -> rs.getString(1),
                    disputeId).orElseThrow();
            ResolveDispute command = new ResolveDispute(disputeId, customerId, r.outcome(),
                    ResolutionRequest.amountIn(r.creditNoteAmount(), currency), r.resolvedBy(), calendar.today());
            DisputeResolved e = (DisputeResolved) accounts.decide(c, customerId, actors.cause(),
                    a -> a.resolveDispute(command)).get(0).event();
            LOG.infof("Dispute %s of customer %s %s by %s%s, recorded by %s; the disputed %s %s returns to dunning", disputeId,
                    customerId, e.outcome(), e.resolvedBy(), e.creditNoteId() == null ? "" : " with credit note "
                            + e.creditNoteId() + " of " + e.creditNoteAmount().toPlainString() + " " + e.currency(),
                    actors.describe(), e.amount().toPlainString(), e.currency());
            return new IdempotentRequests.Reply(201, Json.write(e));
        }));
    }

    private static String customerOf(java.sql.Connection c, String sql, String id, String what) throws Exception {
        return Sql.one(c, sql, rs -> rs.getString(1), id).orElseThrow(() -> ApiProblem.notFound("No " + what + " '" + id + "'"));
    }
}
