package com.getpaid.receivables.account;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Promises to pay: recorded, kept or broken. A part of {@link ReceivablesAccount}. */
final class Promising {

    private Promising() {
    }

    static List<ReceivableEvent> promise(ReceivablesAccount acc, RecordPromise c, int maxDaysAhead) {
        if (acc.promiseIds.contains(c.promiseId())) {
            throw new AlreadyRecorded("promiseId", "OpenPromise " + c.promiseId() + " was already recorded");
        }
        BigDecimal open = BigDecimal.ZERO;
        for (int n = 0; n < c.invoiceIds().size(); n++) {
            String field = "invoiceIds[" + n + "]";
            Invoice invoice = acc.invoices.get(c.invoiceIds().get(n));
            if (invoice == null) {
                throw new RuleViolated(field, "Customer " + c.customerId() + " has no invoice " + c.invoiceIds().get(n));
            }
            if (!invoice.currency.equals(c.currency())) {
                throw new RuleViolated(field, "Invoice " + invoice.invoiceId + " is in " + invoice.currency
                        + ", the promise in " + c.currency());
            }
            if (invoice.open.signum() == 0) {
                throw new RuleViolated(field, "Invoice " + invoice.invoiceId + " has nothing open");
            }
            open = open.add(invoice.open);
        }
        if (c.amount().compareTo(open) > 0) {
            throw new RuleViolated("amount", "The invoices have " + open.toPlainString() + " " + c.currency()
                    + " open, less than the " + c.amount().toPlainString() + " promised");
        }
        if (c.promisedFor().isBefore(c.recordedOn())) {
            throw new RuleViolated("promisedFor", c.promisedFor() + " is before today (" + c.recordedOn() + ")");
        }
        if (c.promisedFor().isAfter(c.recordedOn().plusDays(maxDaysAhead))) {
            throw new RuleViolated("promisedFor", c.promisedFor() + " is more than " + maxDaysAhead + " days ahead (at "
                    + "most " + c.recordedOn().plusDays(maxDaysAhead) + "): a promise pauses dunning, never for long");
        }
        return List.of(new PromiseRecorded(c.promiseId(), c.customerId(), paused(acc, c), c.amount(),
                c.currency(), c.promisedFor(), c.recordedBy(), c.recordedOn()));
    }

    /**
     * The invoices the promise pauses, pro rata: of those named, oldest due first, each its amount still reaches (a
     * 0.01 promise over 200 invoices pauses the oldest one, not all of them; 500 promised on one invoice of 1,000
     * pauses it, as a partial promise should).
     */
    private static List<String> paused(ReceivablesAccount acc, RecordPromise c) {
        BigDecimal left = c.amount();
        List<String> paused = new java.util.ArrayList<>();
        for (Invoice invoice : c.invoiceIds().stream().map(acc.invoices::get).sorted(java.util.Comparator.comparing(
                (Invoice i) -> i.dueDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList()) {
            if (left.signum() <= 0) {
                break;
            }
            paused.add(invoice.invoiceId);
            left = left.subtract(invoice.open);
        }
        return List.copyOf(paused);
    }

    static PromiseKept kept(OpenPromise p, BigDecimal paid, LocalDate on) {
        return new PromiseKept(p.made.promiseId(), p.made.customerId(), p.made.invoiceIds(), p.made.amount(), paid,
                p.made.currency(), p.made.promisedFor(), on);
    }

    static BigDecimal towards(OpenPromise p, List<Allocation> parts) {
        return parts.stream().filter(a -> p.covers(a.invoiceId())).map(Allocation::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
