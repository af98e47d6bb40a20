package com.getpaid.receivables.refund;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.kit.Kernel;
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

    private final Kernel kernel;
    private final Accounts accounts;
    private final Actors actors;

    public RefundService(Kernel kernel, Accounts accounts, Actors actors) {
        this.kernel = kernel;
        this.accounts = accounts;
        this.actors = actors;
    }

    public IdempotentRequests.Reply refund(PayRefund command) {
        return kernel.transact(c -> IdempotentRequests.once(c, "refund", command.refundId(), "refundId", command, () -> {
            var stored = accounts.decide(c, command.customerId(), actors.cause(), a -> a.refund(command));
            RefundPaid e = (RefundPaid) stored.get(0).event();
            LOG.infof("Refund %s to customer %s: %s %s of its credit balance, recorded by %s", e.refundId(), e.customerId(),
                    e.amount().toPlainString(), e.currency(), actors.describe());
            return new IdempotentRequests.Reply(201, Json.write(e));
        }));
    }
}
