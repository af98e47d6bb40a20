package com.getpaid.receivables.approval;

import com.getpaid.events.receivables.ApprovalGiven;
import com.getpaid.events.receivables.ApprovalRefused;
import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * A second person approves or rejects what a first one asked for. Approving carries the credit note, refund or
 * write-off out in the same transaction as the approval, once; the approver is the token's user, never the requester.
 */
@ApplicationScoped
public class ApprovalService {

    private static final Logger LOG = Logger.getLogger(ApprovalService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;
    private final BusinessCalendar calendar;

    public ApprovalService(Commands commands, Accounts accounts, Actors actors, BusinessCalendar calendar) {
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
        this.calendar = calendar;
    }

    public ApprovalView approve(String approvalId) {
        return commands.run(tx -> {
            String customerId = customerOf(tx, approvalId);
            ApprovalRequested asked = asked(tx, customerId, approvalId);
            ApprovalGiven given = tx.decide(accounts, customerId, a -> a.approve(approvalId, actors.user(), calendar.today()))
                    .one(ApprovalGiven.class);
            LOG.infof("%s %s of customer %s (%s %s), requested by %s, approved and carried out by %s", asked.kind(),
                    asked.reference(), customerId, asked.amount().toPlainString(), asked.currency(), asked.requestedBy(),
                    actors.describe());
            return decided(asked, "APPROVED", given.approvedBy(), given.approvedOn(), null);
        });
    }

    public ApprovalView reject(String approvalId, String reason) {
        return commands.run(tx -> {
            String customerId = customerOf(tx, approvalId);
            ApprovalRequested asked = asked(tx, customerId, approvalId);
            ApprovalRefused refused = tx.decide(accounts, customerId, a -> a.refuse(approvalId, actors.user(), reason,
                    calendar.today())).one(ApprovalRefused.class);
            LOG.infof("%s %s of customer %s, requested by %s, rejected by %s: %s", asked.kind(), asked.reference(),
                    customerId, asked.requestedBy(), actors.describe(), reason);
            return decided(asked, "REJECTED", refused.refusedBy(), refused.refusedOn(), reason);
        });
    }

    private static String customerOf(Commands.Tx tx, String approvalId) throws Exception {
        return Sql.one(tx.connection(), "SELECT customer_id FROM approval_view WHERE approval_id = ?", rs -> rs.getString(1),
                approvalId).orElseThrow(() -> new NotFound("No approval '" + approvalId + "'"));
    }

    /** The request as the account keeps it; one decided already is left to the decision to refuse (409). */
    private ApprovalRequested asked(Commands.Tx tx, String customerId, String approvalId) throws Exception {
        return tx.load(accounts, customerId).pendingApprovals().stream().filter(r -> r.approvalId().equals(approvalId))
                .findFirst().orElse(null);
    }

    private static ApprovalView decided(ApprovalRequested r, String status, String by, java.time.LocalDate on,
            String rejection) {
        return new ApprovalView(r.approvalId(), r.customerId(), r.kind(), r.reference(), r.invoiceId(), r.amount(),
                r.currency(), r.reason(), status, r.requestedBy(), r.requestedOn(), by, on, rejection);
    }
}
