package com.getpaid.receivables.payment;

import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.ReceivePayment;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Receives payments, idempotent on the payment reference. */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final Commands commands;
    private final Accounts accounts;

    public PaymentService(Commands commands, Accounts accounts) {
        this.commands = commands;
        this.accounts = accounts;
    }

    public Answer<PaymentView> receive(ReceivePayment command) {
        return commands.once(Idempotency.of("payment", command.paymentId(), "paymentId", command), PaymentView.class, tx -> {
            var decided = tx.decide(accounts, command.customerId(), a -> a.receive(command));
            // a payment naming written-off invoices reinstates them first; promises it completes are kept after it
            decided.all(InvoiceReinstated.class).forEach(r -> LOG.infof("Invoice %s of customer %s reinstated (%s %s written "
                    + "off by %s): payment %s names it", r.invoiceId(), r.customerId(), r.amount().toPlainString(), r.currency(),
                    r.writeOffId(), r.paymentId()));
            decided.all(PromiseKept.class).forEach(k -> LOG.infof("Promise %s of customer %s kept by payment %s: %s of %s %s "
                    + "paid", k.promiseId(), k.customerId(), command.paymentId(), k.paid().toPlainString(),
                    k.amount().toPlainString(), k.currency()));
            PaymentReceived p = decided.one(PaymentReceived.class);
            LOG.infof("Payment %s from customer %s: %s %s applied to %s, %s left as credit", p.paymentId(), p.customerId(),
                    p.amount().toPlainString(), p.currency(),
                    p.allocations().stream().map(a -> a.invoiceId() + " " + a.amount().toPlainString()).toList(),
                    p.unallocated().toPlainString());
            return Answer.created(new PaymentView(p.paymentId(), p.customerId(), p.amount(), p.currency(), p.receivedOn(),
                    p.method(), p.allocations(), p.unallocated()));
        });
    }
}
