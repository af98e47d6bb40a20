package com.getpaid.receivables.aging;

import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what was open on a date: invoices issued by then, less payments received by then (an
 * invoice's open amount today plus what was allocated to it after the date). The database adds up;
 * only a few rows per currency and days-late come back, and the customers one page at a time,
 * most overdue first, so the report stays quick at a million invoices.
 */
@ApplicationScoped
public class AgingReport {

    /** One row per invoice open on the day: its customer, currency, days late (null: no due date yet) and open amount. */
    private static final String OPEN_ON_THE_DAY = "WITH later AS (SELECT invoice_id, sum(amount) AS paid_later "
            + "FROM allocation_view WHERE received_on > ? GROUP BY invoice_id), "
            + "open AS (SELECT i.customer_id, i.currency, (?::date - i.due_date) AS late, "
            + "i.open_amount + coalesce(l.paid_later, 0) AS open FROM invoice_view i "
            + "LEFT JOIN later l ON l.invoice_id = i.invoice_id "
            + "WHERE i.issue_date <= ? AND (i.open_amount > 0 OR l.invoice_id IS NOT NULL) AND (?::text IS NULL OR i.currency = ?)) ";

    private final Kernel kernel;

    public AgingReport(Kernel kernel) {
        this.kernel = kernel;
    }

    public Aging asOf(LocalDate date, String currency, int page, int size) {
        return kernel.transact(c -> {
            Map<String, Aging.Builder> byCurrency = new LinkedHashMap<>();
            for (Object[] row : Sql.list(c, OPEN_ON_THE_DAY + "SELECT currency, late, sum(open) FROM open WHERE open <> 0 "
                    + "GROUP BY currency, late ORDER BY currency", rs -> new Object[] { rs.getString(1), late(rs.getObject(2)),
                            rs.getBigDecimal(3) }, params(date, currency))) {
                byCurrency.computeIfAbsent((String) row[0], Aging.Builder::new).total((Integer) row[1], (BigDecimal) row[2]);
            }
            List<Object[]> customers = Sql.list(c, OPEN_ON_THE_DAY + "SELECT customer_id, currency, customers FROM ("
                    + "SELECT customer_id, currency, count(*) OVER (PARTITION BY currency) AS customers, row_number() OVER "
                    + "(PARTITION BY currency ORDER BY overdue DESC, customer_id) AS n FROM (SELECT customer_id, currency, "
                    + "coalesce(sum(open) FILTER (WHERE late > 0), 0) AS overdue FROM open WHERE open <> 0 "
                    + "GROUP BY customer_id, currency) per_customer) ranked WHERE n > ? AND n <= ? ORDER BY currency, n",
                    rs -> new Object[] { rs.getString(1), rs.getString(2), rs.getLong(3) },
                    params(date, currency, (long) page * size, (long) (page + 1) * size));
            for (Object[] row : customers) {
                byCurrency.get((String) row[1]).customer((String) row[0], (Long) row[2]);
            }
            if (!customers.isEmpty()) {
                for (Object[] row : Sql.list(c, OPEN_ON_THE_DAY + "SELECT customer_id, currency, late, sum(open) FROM open "
                        + "WHERE open <> 0 AND customer_id = ANY (?) GROUP BY customer_id, currency, late",
                        rs -> new Object[] { rs.getString(1), rs.getString(2), late(rs.getObject(3)), rs.getBigDecimal(4) },
                        params(date, currency, c.createArrayOf("text", customers.stream().map(r -> r[0]).toArray())))) {
                    byCurrency.get((String) row[1]).add((String) row[0], (Integer) row[2], (BigDecimal) row[3]);
                }
            }
            List<Aging.CurrencyAging> currencies = new ArrayList<>();
            byCurrency.values().forEach(b -> currencies.add(b.build()));
            return new Aging(date, page, size, currencies);
        });
    }

    private static Integer late(Object days) {
        return days == null ? null : ((Number) days).intValue();
    }

    private static Object[] params(LocalDate date, String currency, Object... more) {
        List<Object> all = new ArrayList<>(List.of(date, date, date));
        all.add(currency);
        all.add(currency);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
