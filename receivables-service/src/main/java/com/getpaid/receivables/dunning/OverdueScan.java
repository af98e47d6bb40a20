package com.getpaid.receivables.dunning;

import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.receivables.account.Accounts;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Finds invoices that fell due and lets each customer's account decide what that means: its
 * credit balance applied to them (CreditApplied), then the first dunning level for what is still
 * open past the due date (PaymentOverdue). Runs at start-up and then every {@code receivables.dunning.scan-every}.
 * Exactly once per invoice: the account remembers the level reached, and appends are guarded by
 * the stream version. One instance scans at a time (a session lock held for the whole pass); each
 * customer is decided in its own transaction, and a customer that fails is logged and retried on
 * the next pass without stopping the others.
 */
@ApplicationScoped
public class OverdueScan {

    private static final Logger LOG = Logger.getLogger(OverdueScan.class);

    private final Kernel kernel;
    private final Accounts accounts;
    private final BusinessCalendar calendar;

    public OverdueScan(Kernel kernel, Accounts accounts, BusinessCalendar calendar) {
        this.kernel = kernel;
        this.accounts = accounts;
        this.calendar = calendar;
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
        // customers with an invoice past due and not yet reminded, or fallen due while they hold credit in its currency
        List<String> customers = kernel.transact(c -> Sql.list(c, "SELECT DISTINCT i.customer_id FROM invoice_view i "
                + "WHERE i.open_amount > 0 AND i.due_date <= ? AND (i.dunning_level < 1 AND i.due_date < ? OR EXISTS ("
                + "SELECT 1 FROM credit_balance_view b WHERE b.customer_id = i.customer_id AND b.currency = i.currency "
                + "AND b.amount > 0))", rs -> rs.getString(1), asOf, asOf));
        int raised = 0;
        for (String customerId : customers) {
            try {
                var stored = kernel.transact(c -> accounts.decide(c, customerId, EventStore.Cause.by("receivables-service: overdue scan"),
                        a -> a.fallDue(customerId, asOf)));
                for (var s : stored) {
                    if (s.event() instanceof PaymentOverdue e) {
                        LOG.infof("Invoice %s of customer %s is %d days overdue (due %s, %s %s open): dunning level %d",
                                e.invoiceId(), customerId, e.daysOverdue(), e.dueDate(), e.openAmount().toPlainString(),
                                e.currency(), e.dunningLevel());
                    } else if (s.event() instanceof CreditApplied e) {
                        LOG.infof("Customer %s's credit balance settles invoices that fell due by %s: %s %s; %s %s left",
                                customerId, asOf, e.currency(), e.allocations(), e.remaining().toPlainString(), e.currency());
                    }
                }
                raised += stored.size();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Overdue scan: customer %s could not be decided (%s); the others go on, it is tried again "
                        + "on the next pass", customerId, e.getMessage());
            }
        }
        return raised;
    }
}
