package com.getpaid.receivables.payment;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.ReceivePayment;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Receives payments, idempotent on the payment reference. */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final Kernel kernel;
    private final Actors actors;
    private final Accounts accounts;

    public PaymentService(Kernel kernel, Accounts accounts, Actors actors) {
        this.kernel = kernel;
        this.actors = actors;
        this.accounts = accounts;
    }

    public IdempotentRequests.Reply receive(ReceivePayment command) {
        return kernel.transact(c -> IdempotentRequests.once(c, "payment", command.paymentId(), "paymentId", command, () -> {
            var stored = accounts.decide(c, command.customerId(), actors.cause(), a -> a.receive(command));
            // a payment naming written-off invoices reinstates them first; promises it completes are kept after it
            stored.stream().filter(e -> e.event() instanceof InvoiceReinstated).map(e -> (InvoiceReinstated) e.event())
                    .forEach(r -> LOG.infof("Invoice %s of customer %s reinstated (%s %s written off by %s): payment %s "
                            + "names it", r.invoiceId(), r.customerId(), r.amount().toPlainString(), r.currency(),
                            r.writeOffId(), r.paymentId()));
            stored.stream().filter(e -> e.event() instanceof PromiseKept).map(e -> (PromiseKept) e.event())
                    .forEach(k -> LOG.infof("Promise %s of customer %s kept by payment %s: %s of %s %s paid", k.promiseId(),
                            k.customerId(), command.paymentId(), k.paid().toPlainString(), k.amount().toPlainString(),
                            k.currency()));
            PaymentReceived p = stored.stream().map(e -> e.event()).filter(PaymentReceived.class::isInstance)
                    .map(PaymentReceived.class::cast).findFirst().orElseThrow();
            LOG.infof("Payment %s from customer %s: %s %s applied to %s, %s left as credit", p.paymentId(), p.customerId(),
                    p.amount().toPlainString(), p.currency(),
                    p.allocations().stream().map(a -> a.invoiceId() + " " + a.amount().toPlainString()).toList(),
                    p.unallocated().toPlainString());
            return new IdempotentRequests.Reply(201, Json.write(new PaymentView(p.paymentId(), p.customerId(), p.amount(),
                    p.currency(), p.receivedOn(), p.method(), p.allocations(), p.unallocated())));
        }));
    }
}
