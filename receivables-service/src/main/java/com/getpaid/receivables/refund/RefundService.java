package com.getpaid.receivables.refund;

import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.PayRefund;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Pays back credit balances, idempotent on the refund number. */
@ApplicationScoped
public class RefundService {

    private static final Logger LOG = Logger.getLogger(RefundService.class);

    private final Accounts accounts;
    private final Actors actors;

    public RefundService(Accounts accounts, Actors actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    public IdempotentRequests.Reply refund(PayRefund command) {
        return accounts.recordOnce("refund", command.refundId(), "refundId", command, command.customerId(), actors.cause(),
                RefundPaid.class, a -> a.refund(command), e -> LOG.infof("Refund %s to customer %s: %s %s of its credit "
                        + "balance, recorded by %s", e.refundId(), e.customerId(), e.amount().toPlainString(), e.currency(),
                        actors.describe()));
    }
}
