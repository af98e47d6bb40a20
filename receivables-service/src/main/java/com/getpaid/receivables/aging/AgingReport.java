package com.getpaid.receivables.aging;

import com.getpaid.events.Money;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Reads what was open on a date: invoices issued by then, less payments received by then. */
@ApplicationScoped
public class AgingReport {

    private final Kernel kernel;

    public AgingReport(Kernel kernel) {
        this.kernel = kernel;
    }

    public Aging asOf(LocalDate date) {
        return Aging.of(date, kernel.transact(c -> Sql.list(c,
                "SELECT i.customer_id, i.currency, i.due_date, i.amount - coalesce((SELECT sum(a.amount) FROM allocation_view a "
                        + "WHERE a.invoice_id = i.invoice_id AND a.received_on <= ?), 0) AS open "
                        + "FROM invoice_view i WHERE i.issue_date <= ?",
                rs -> new Aging.OpenItem(rs.getString(1), rs.getString(2), Sql.date(rs, "due_date"),
                        Money.scaled(rs.getBigDecimal(4), rs.getString(2))), date, date)));
    }
}
