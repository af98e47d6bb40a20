package com.getpaid.receivables.refund;

import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.PayRefund;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Pays back credit balances, idempotent on the refund number. */
@ApplicationScoped
public class RefundService {

    private static final Logger LOG = Logger.getLogger(RefundService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;

    public RefundService(Commands commands, Accounts accounts, Actors actors) {
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
    }

    public Answer<RefundPaid> refund(PayRefund command) {
        return commands.once(Idempotency.of("refund", command.refundId(), "refundId", command), RefundPaid.class, tx -> {
            RefundPaid e = tx.decide(accounts, command.customerId(), a -> a.refund(command)).one(RefundPaid.class);
            LOG.infof("Refund %s to customer %s: %s %s of its credit "
                        + "balance, recorded by %s", e.refundId(), e.customerId(), e.amount().toPlainString(), e.currency(),
                        actors.describe());
            return Answer.created(e);
        });
    }
}
