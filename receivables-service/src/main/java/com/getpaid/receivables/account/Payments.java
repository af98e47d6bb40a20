package com.getpaid.receivables.account;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Payments: to the invoices named, checked, or oldest due first. A part of {@link ReceivablesAccount}. */
final class Payments {

    private Payments() {
    }

    static List<ReceivableEvent> receive(ReceivablesAccount acc, ReceivePayment c) {
        if (acc.payments.contains(c.paymentId())) {
            throw new AlreadyRecorded("paymentId", "Payment " + c.paymentId() + " was already received");
        }
        List<Allocation> allocations = c.allocations() == null ? oldestDueFirst(acc, c) : checked(acc, c);
        BigDecimal allocated = Allocating.total(allocations);
        List<ReceivableEvent> events = new ArrayList<>();
        // a payment allocated to a written-off invoice reinstates it first (the debt was owed after all); never on a day
        // before the write-off, even when the money had arrived earlier, so the ledger on any past day stays whole
        allocations.stream().map(a -> acc.invoices.get(a.invoiceId())).filter(i -> i.writeOffId != null).distinct()
                .forEach(i -> events.add(new InvoiceReinstated(i.invoiceId, c.customerId(), i.writeOffId, i.writtenOff,
                        i.currency, c.receivedOn().isBefore(i.writtenOffOn) ? i.writtenOffOn : c.receivedOn(), c.paymentId())));
        events.add(new PaymentReceived(c.paymentId(), c.customerId(), c.amount(), c.currency(), c.receivedOn(),
                PaymentMethod.nameOf(c.method()), allocations, c.amount().subtract(allocated)));
        // a promise the payment completes is kept at once (the collector need not wait for the promised day)
        for (OpenPromise p : acc.openPromises.values()) {
            BigDecimal paid = p.paid.add(Promising.towards(p, allocations));
            if (paid.compareTo(p.made.amount()) >= 0) {
                events.add(Promising.kept(p, paid, c.receivedOn()));
            }
        }
        return events;
    }

    static List<Allocation> oldestDueFirst(ReceivablesAccount acc, ReceivePayment c) {
        return Allocating.allocate(c.amount(), Allocating.openIn(acc, c.currency()));
    }

    static List<Allocation> checked(ReceivablesAccount acc, ReceivePayment c) {
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> perInvoice = new LinkedHashMap<>();
        for (int n = 0; n < c.allocations().size(); n++) {
            Allocation a = c.allocations().get(n);
            String field = "allocations[" + n + "]";
            Invoice invoice = acc.invoices.get(a.invoiceId());
            if (invoice == null) {
                throw new RuleViolated(field + ".invoiceId", "Customer " + c.customerId() + " has no invoice "
                        + a.invoiceId());
            }
            if (!invoice.currency.equals(c.currency())) {
                throw new RuleViolated(field + ".invoiceId", "Invoice " + a.invoiceId() + " is in "
                        + invoice.currency + ", the payment in " + c.currency());
            }
            BigDecimal already = perInvoice.getOrDefault(a.invoiceId(), BigDecimal.ZERO).add(a.amount());
            BigDecimal payable = invoice.open.add(invoice.writtenOff); // a written-off invoice is reinstated by the payment
            if (already.compareTo(payable) > 0) {
                throw new RuleViolated(field + ".amount", "Invoice " + a.invoiceId() + " has only "
                        + payable.toPlainString() + " " + invoice.currency + (invoice.writeOffId == null ? " open"
                                : " written off, to reinstate"));
            }
            perInvoice.put(a.invoiceId(), already);
            total = total.add(a.amount());
        }
        if (total.compareTo(c.amount()) > 0) {
            throw new RuleViolated("allocations", "The allocations add up to " + total.toPlainString()
                    + ", more than the payment's " + c.amount().toPlainString());
        }
        return c.allocations();
    }
}
