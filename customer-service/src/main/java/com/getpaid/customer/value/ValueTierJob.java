package com.getpaid.customer.value;

import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Recomputes every customer's value tier and RFM ({@link ValueTiers}) from the invoices receivables reported, over
 * the 12 months before today, in each card's own currency and ranked among the customers of that currency; at start-up and then every {@code customers.value.every}
 * (24h). One pass is one transaction: the table always holds one whole ranking. A derived read model: nothing decides
 * on it, so it is not an event.
 */
@ApplicationScoped
public class ValueTierJob {

    private static final Logger LOG = Logger.getLogger(ValueTierJob.class);

    private final Kernel kernel;
    private final BusinessCalendar calendar;

    public ValueTierJob(Kernel kernel, BusinessCalendar calendar) {
        this.kernel = kernel;
        this.calendar = calendar;
    }

    @Scheduled(every = "${customers.value.every:24h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        kernel.alone("value-tiers", this::recompute);
    }

    /** Ranks all customers as of today; returns how many. */
    public int recompute() {
        LocalDate today = calendar.today();
        return kernel.transact(c -> {
            List<ValueTiers.Sales> rows = Sql.list(c, "SELECT k.customer_id, k.currency, coalesce(sum(i.amount), 0), count(i.invoice_id), "
                    + "? - max(coalesce(i.issue_date, i.due_date)) FROM customer_card k LEFT JOIN receivable_invoice i "
                    + "ON i.customer_id = k.customer_id AND i.currency = k.currency AND coalesce(i.issue_date, i.due_date) > ? "
                    + "AND coalesce(i.issue_date, i.due_date) <= ? GROUP BY k.customer_id, k.currency",
                    rs -> new ValueTiers.Sales(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4),
                            rs.getObject(5) == null ? 0 : rs.getInt(5)), today, today.minusYears(1), today);
            Map<String, ValueTiers.Value> values = ValueTiers.rank(rows);
            Sql.update(c, "DELETE FROM customer_value");
            for (ValueTiers.Sales r : rows) {
                ValueTiers.Value v = values.get(r.customerId());
                Sql.update(c, "INSERT INTO customer_value (customer_id, tier, rfm, rfm_score, revenue, currency, invoices, "
                        + "days_since_last, computed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.customerId(), v.tier(),
                        v.rfm(), v.rfmScore(), v.revenue(), r.currency(), v.invoices(), v.daysSinceLast(), today);
            }
            LOG.infof("Value tiers as of %s: %d customers, %d in tier A", today, rows.size(),
                    values.values().stream().filter(v -> "A".equals(v.tier())).count());
            return rows.size();
        });
    }
}
