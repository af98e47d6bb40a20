package com.getpaid.receivables.refund;

import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.receivables.RefundPaid;
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
import com.getpaid.receivables.account.PayRefund;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Pays back credit balances, idempotent on the refund number; above one person, asks a second one first. */
@ApplicationScoped
public class RefundService {

    private static final Logger LOG = Logger.getLogger(RefundService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;
    private final ApprovalPolicy policy;
    private final BusinessCalendar calendar;

    public RefundService(Commands commands, Accounts accounts, Actors actors, ApprovalPolicy policy,
            BusinessCalendar calendar) {
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
        this.policy = policy;
        this.calendar = calendar;
    }

    /** The refund (201), or, above the threshold, the request for a second person's approval (202). */
    public Answer<Object> refund(PayRefund command) {
        return commands.once(Idempotency.of("refund", command.refundId(), "refundId", command), Object.class, tx -> {
            Decided<ReceivableEvent> decided = tx.decide(accounts, command.customerId(), a -> a.requestRefund(command,
                    policy, actors.user(), calendar.today()));
            Optional<Answer<Object>> pending = Requested.pending(decided);
            if (pending.isPresent()) {
                return pending.get();
            }
            RefundPaid e = decided.one(RefundPaid.class);
            LOG.infof("Refund %s to customer %s: %s %s of its credit "
                        + "balance, recorded by %s", e.refundId(), e.customerId(), e.amount().toPlainString(), e.currency(),
                        actors.describe());
            return Answer.<Object>created(e);
        });
    }
}
