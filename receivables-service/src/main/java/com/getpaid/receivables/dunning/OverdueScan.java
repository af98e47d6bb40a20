package com.getpaid.receivables.dunning;

import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Decided;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.DunningLadder;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Finds the customers whose day brings something (an invoice due soon or a step of the dunning
 * ladder, credit to apply, a promise to judge) and lets each customer's account decide what
 * ({@link com.getpaid.receivables.account.ReceivablesAccount#fallDue}). Runs at start-up and then every {@code receivables.dunning.scan-every}.
 * Exactly once per invoice: the account remembers the level reached, and appends are guarded by
 * the stream version. One instance scans at a time (a session lock held for the whole pass); each
 * customer is decided in its own transaction, and a customer that fails is logged and retried on
 * the next pass without stopping the others.
 */
@ApplicationScoped
public class OverdueScan {

    private static final Logger LOG = Logger.getLogger(OverdueScan.class);

    private static final EventStore.Cause CAUSE = EventStore.Cause.by("receivables-service: overdue scan");

    private final Kernel kernel;
    private final Commands commands;
    private final Accounts accounts;
    private final BusinessCalendar calendar;
    private final DunningLadder ladder;

    public OverdueScan(Kernel kernel, Commands commands, Accounts accounts, BusinessCalendar calendar,
            DunningLadder ladder) {
        this.kernel = kernel;
        this.commands = commands;
        this.accounts = accounts;
        this.calendar = calendar;
        this.ladder = ladder;
    }

    @Scheduled(every = "${receivables.dunning.scan-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan(calendar.today());
    }

    /** Decides what falls due on {@code asOf}; returns how many events that recorded (0 when another instance is scanning). */
    public int scan(LocalDate asOf) {
        return kernel.alone("overdue-scan", () -> scanAlone(asOf)).orElse(0);
    }

    private int scanAlone(LocalDate asOf) {
        // customers with an invoice whose next step of the ladder is due and not paused by a promise, an invoice fallen
        // due while they hold credit in its currency, or a promise whose day and tolerance have passed
        List<String> customers = kernel.transact(c -> Sql.list(c, "SELECT customer_id FROM invoice_view "
                + "WHERE open_amount > disputed AND next_dunning_on <= ? AND (paused_until IS NULL OR paused_until < ?) "
                + "UNION SELECT i.customer_id FROM invoice_view i WHERE i.open_amount > 0 AND i.due_date <= ? AND EXISTS ("
                + "SELECT 1 FROM credit_balance_view b WHERE b.customer_id = i.customer_id AND b.currency = i.currency "
                + "AND b.amount > 0) UNION SELECT customer_id FROM promise_view WHERE status = 'OPEN' AND promised_for < ?",
                rs -> rs.getString(1), asOf, asOf, asOf, asOf.minusDays(ladder.promiseToleranceDays())));
        int raised = 0;
        for (String customerId : customers) {
            try {
                var decided = kernel.transact(c -> commands.within(c, CAUSE, tx -> tx.decide(accounts, customerId,
                        a -> a.fallDue(customerId, asOf, ladder))));
                log(customerId, asOf, decided);
                raised += decided.events().size();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Overdue scan: customer %s could not be decided (%s); the others go on, it is tried again "
                        + "on the next pass", customerId, e.getMessage());
            }
        }
        return raised;
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
