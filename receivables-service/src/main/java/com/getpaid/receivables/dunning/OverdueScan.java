package com.getpaid.receivables.dunning;

import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Jdbc;
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
 * Finds invoices past their due date and lets each customer's account raise the first dunning
 * level (PaymentOverdue). Runs at start-up and then every {@code receivables.dunning.scan-every}.
 * Exactly once per invoice: the account remembers the level reached, and appends are guarded by
 * the stream version; an advisory lock keeps the scan to one instance at a time.
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

    /** Raises what is due on {@code asOf}; returns how many invoices became overdue. */
    public int scan(LocalDate asOf) {
        List<String> customers = kernel.transact(c -> {
            if (!Jdbc.tryTransactionLock(c, "receivables:overdue-scan")) {
                return List.<String>of(); // another instance is scanning
            }
            return Sql.list(c, "SELECT DISTINCT customer_id FROM invoice_view WHERE open_amount > 0 "
                    + "AND dunning_level < 1 AND due_date < ?", rs -> rs.getString(1), asOf);
        });
        int raised = 0;
        for (String customerId : customers) {
            var stored = kernel.transact(c -> accounts.decide(c, customerId, EventStore.Cause.none(),
                    a -> a.raiseOverdue(customerId, asOf)));
            for (var s : stored) {
                PaymentOverdue e = (PaymentOverdue) s.event();
                LOG.infof("Invoice %s of customer %s is %d days overdue (due %s, %s %s open): dunning level %d",
                        e.invoiceId(), customerId, e.daysOverdue(), e.dueDate(), e.openAmount().toPlainString(), e.currency(),
                        e.dunningLevel());
            }
            raised += stored.size();
        }
        return raised;
    }
}
