package com.getpaid.receivables.account;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.ReceivableEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a day brings the account: credit applied, promises judged, pre-due reminders, dunning steps. A part of
 * {@link ReceivablesAccount}.
 */
final class DailyFallDue {

    private DailyFallDue() {
    }

    static List<ReceivableEvent> fallDue(ReceivablesAccount acc, String customerId, LocalDate asOf,
            DunningLadder ladder) {
        List<ReceivableEvent> events = new ArrayList<>();
        Map<String, BigDecimal> covered = new java.util.HashMap<>();
        acc.credit.forEach((currency, balance) -> {
            List<Invoice> due = Allocating.openIn(acc, currency).stream().filter(i -> i.dueDate != null && !i.dueDate.isAfter(asOf)).toList();
            if (balance.signum() > 0 && !due.isEmpty()) {
                List<Allocation> parts = Allocating.allocate(balance, due);
                parts.forEach(p -> covered.put(p.invoiceId(), p.amount()));
                events.add(new CreditApplied(customerId, currency, asOf, parts, balance.subtract(Allocating.total(parts))));
            }
        });
        List<OpenPromise> stillOpen = new ArrayList<>();
        for (OpenPromise p : acc.openPromises.values()) {
            BigDecimal paid = p.paid.add(p.made.invoiceIds().stream().map(id -> covered.getOrDefault(id, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            if (paid.compareTo(p.made.amount()) >= 0) {
                events.add(Promising.kept(p, paid, asOf));
            } else if (asOf.isAfter(p.made.promisedFor().plusDays(ladder.promiseToleranceDays()))) {
                events.add(new PromiseBroken(p.made.promiseId(), customerId, p.made.invoiceIds(), p.made.amount(), paid,
                        p.made.currency(), p.made.promisedFor(), asOf, paid.signum() > 0 ? "PARTIALLY_KEPT" : "BROKEN"));
            } else {
                stillOpen.add(p);
            }
        }
        for (Invoice i : acc.invoices.values()) {
            // the disputed part leaves dunning; what is left is dunned (partially disputed acc.invoices included)
            BigDecimal open = i.open.subtract(covered.getOrDefault(i.invoiceId, BigDecimal.ZERO)).subtract(i.disputed());
            if (i.dueDate == null || open.signum() <= 0 || stillOpen.stream().anyMatch(p -> p.covers(i.invoiceId))) {
                continue;
            }
            long daysLate = ChronoUnit.DAYS.between(i.dueDate, asOf);
            if (daysLate < 0 && i.dunningLevel == 0 && i.disputes.isEmpty()) {
                ladder.preDue(-daysLate, i.preDueSent).ifPresent(d -> events.add(new PaymentDueSoon(i.invoiceId, customerId,
                        i.dueDate, open, i.currency, d)));
            }
            ladder.forAge(daysLate).filter(step -> step.level() > i.dunningLevel).ifPresent(step -> events.add(
                    new PaymentOverdue(i.invoiceId, customerId, i.dueDate, asOf, (int) daysLate, open, i.currency, step.level(),
                            step.stage())));
        }
        return events;
    }
}
