package com.getpaid.receivables.dunning;

import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Decided;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWork;
import com.getpaid.kit.due.DueWorkHandler;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.DunningLadder;
import com.getpaid.receivables.account.FallDue;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The due-work handler of kind {@link FallDue#KIND}: a customer's account is due at the start of the business day its
 * next invoice falls due, its next dunning step or pre-due note is due, credit meets an invoice fallen due, or a
 * promise is to be judged (the row is queued by {@link com.getpaid.receivables.account.Accounts} in the transaction of
 * the append that makes it due). The account decides what the day brings
 * ({@link com.getpaid.receivables.account.ReceivablesAccount#fallDue}) and the item is due again on the next such day.
 * Exactly once per invoice: the account remembers the level reached, appends are guarded by the stream version, and
 * the queue's claim keeps two instances (or the runner and {@link #scan}) from running one customer at once.
 */
@ApplicationScoped
public class OverdueScan implements DueWorkHandler {

    private static final Logger LOG = Logger.getLogger(OverdueScan.class);

    private static final EventStore.Cause CAUSE = EventStore.Cause.by("receivables-service: overdue scan");

    private final Kernel kernel;
    private final Commands commands;
    private final Accounts accounts;
    private final BusinessCalendar calendar;
    private final DunningLadder ladder;
    private final FallDue fallDue;
    private final DueWork dueWork;

    public OverdueScan(Kernel kernel, Commands commands, Accounts accounts, BusinessCalendar calendar,
            DunningLadder ladder, FallDue fallDue, DueWork dueWork) {
        this.dueWork = dueWork;
        this.kernel = kernel;
        this.commands = commands;
        this.accounts = accounts;
        this.calendar = calendar;
        this.ladder = ladder;
        this.fallDue = fallDue;
    }

    @Override
    public String kind() {
        return FallDue.KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        return fallDue(c, item.key(), calendar.today()).next();
    }

    /** What one customer's day brings: the events decided and when the account is due again (empty: nothing pending). */
    private record Round(int events, Optional<Instant> next) {
    }

    private Round fallDue(Connection c, String customerId, LocalDate asOf) throws Exception {
        var decided = commands.within(c, CAUSE, tx -> tx.decide(accounts, customerId, a -> a.fallDue(customerId, asOf, ladder)));
        log(customerId, asOf, decided);
        // a condition still met today that brought nothing is looked at again tomorrow, as the daily scan did
        Optional<Instant> next = fallDue.nextDay(c, customerId).map(d -> d.isAfter(asOf) ? d : asOf.plusDays(1))
                .map(fallDue::startOf);
        return new Round(decided.events().size(), next);
    }

    /**
     * Runs every fall-due item due by the end of {@code asOf} now, deciding each customer's day as of {@code asOf}
     * (the admin trigger and the tests); returns how many events that recorded. Each customer is one transaction
     * holding its queue item's claim (an item another runner holds is skipped); one that fails is logged and stays
     * due, without stopping the others.
     */
    public int scan(LocalDate asOf) {
        Instant before = calendar.startOf(asOf.plusDays(1));
        Set<String> tried = new HashSet<>();
        int raised = 0;
        while (true) {
            String[] claimed = new String[1];
            int events;
            try {
                events = kernel.transact(c -> {
                    claimed[0] = null;
                    Optional<DueItem> next = dueWork.claim(c, FallDue.KIND, before, tried);
                    if (next.isEmpty()) {
                        return -1;
                    }
                    claimed[0] = next.get().key();
                    Round round = fallDue(c, claimed[0], asOf);
                    dueWork.finish(c, next.get(), round.next());
                    return round.events();
                });
            } catch (RuntimeException e) {
                if (claimed[0] == null) {
                    throw e; // not a customer's fault: the queue cannot be read
                }
                tried.add(claimed[0]);
                LOG.errorf(e, "Overdue scan: customer %s could not be decided (%s); the others go on, it stays due",
                        claimed[0], e.getMessage());
                continue;
            }
            if (events < 0) {
                return raised;
            }
            raised += events;
        }
    }

    private void log(String customerId, LocalDate asOf, Decided<ReceivableEvent> decided) {
        decided.all(CreditApplied.class).forEach(e -> LOG.infof("Customer %s's credit balance settles invoices that fell due "
                + "by %s: %s %s; %s %s left", customerId, asOf, e.currency(), e.allocations(), e.remaining().toPlainString(),
                e.currency()));
        decided.all(PromiseKept.class).forEach(e -> LOG.infof("Promise %s of customer %s kept: %s of %s %s paid",
                e.promiseId(), customerId, e.paid().toPlainString(), e.amount().toPlainString(), e.currency()));
        decided.all(PromiseBroken.class).forEach(e -> LOG.infof("Promise %s of customer %s %s: %s of %s %s paid by %s plus "
                + "%d days; dunning resumes", e.promiseId(), customerId, e.outcome(), e.paid().toPlainString(),
                e.amount().toPlainString(), e.currency(), e.promisedFor(), ladder.promiseToleranceDays()));
        decided.all(PaymentDueSoon.class).forEach(e -> LOG.infof("Invoice %s of customer %s falls due in %d days (%s, %s %s "
                + "open): pre-due reminder", e.invoiceId(), customerId, e.daysBefore(), e.dueDate(),
                e.openAmount().toPlainString(), e.currency()));
        decided.all(PaymentOverdue.class).forEach(e -> LOG.infof("Invoice %s of customer %s is %d days overdue (due %s, %s %s "
                + "open): dunning level %d, %s", e.invoiceId(), customerId, e.daysOverdue(), e.dueDate(),
                e.openAmount().toPlainString(), e.currency(), e.dunningLevel(), e.stage()));
    }
}
