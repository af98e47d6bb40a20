package com.getpaid.receivables.aging;

import com.getpaid.receivables.query.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what was open on a date: invoices issued by then, less payments received and credit notes
 * issued by then (an invoice's open amount today plus what was allocated or credited to it after the date). The database adds up;
 * only a few rows per currency and days-late come back, and the customers one page at a time,
 * most overdue first, so the report stays quick at a million invoices.
 */
@ApplicationScoped
public class AgingReport {

    /** One row per invoice open on the day: its customer, currency, days late (null: no due date yet) and open amount. */
    private static final String OPEN_ON_THE_DAY = "WITH later AS (SELECT invoice_id, sum(amount) AS paid_later FROM ("
            + "SELECT invoice_id, amount FROM allocation_view WHERE received_on > :asOf UNION ALL "
            + "SELECT invoice_id, applied FROM credit_note_view WHERE invoice_id IS NOT NULL AND issue_date > :asOf UNION ALL "
            + "SELECT invoice_id, amount FROM credit_applied_view WHERE applied_on > :asOf UNION ALL "
            // written off after the day: it was open then; reinstated after the day: it was written off then
            + "SELECT invoice_id, amount FROM write_off_view WHERE written_off_on > :asOf UNION ALL "
            + "SELECT invoice_id, -amount FROM write_off_view WHERE reinstated_on > :asOf) settled "
            + "GROUP BY invoice_id), "
            + "open AS (SELECT i.customer_id, i.currency, (cast(:asOf AS date) - i.due_date) AS late, "
            + "i.open_amount + coalesce(l.paid_later, 0) AS open FROM invoice_view i "
            + "LEFT JOIN later l ON l.invoice_id = i.invoice_id "
            + "WHERE i.issue_date <= :asOf AND (i.open_amount > 0 OR l.invoice_id IS NOT NULL) "
            + "AND (cast(:currency AS text) IS NULL OR i.currency = :currency) "
            + "AND (cast(:customer AS text) IS NULL OR i.customer_id = :customer)) ";

    /** What stands written off on the day: written off by then and not reinstated by then. */
    private static final String WRITTEN_OFF_ON_THE_DAY = "SELECT currency, sum(amount) FROM write_off_view "
            + "WHERE written_off_on <= :asOf AND (reinstated_on IS NULL OR reinstated_on > :asOf) "
            + "AND (cast(:currency AS text) IS NULL OR currency = :currency) "
            + "AND (cast(:customer AS text) IS NULL OR customer_id = :customer) GROUP BY currency ORDER BY currency";

    /** What was open on a day, per currency: the total and the part past due. */
    public record Open(java.math.BigDecimal total, java.math.BigDecimal overdue) {
    }

    /** What was open at the end of {@code date} per currency, for one customer or (null) all of them. */
    public Uni<Map<String, Open>> openOn(LocalDate date, String customerId) {
        Map<String, Object> day = new HashMap<>();
        day.put("asOf", date);
        day.put("currency", null);
        day.put("customer", customerId);
        return Rows.of(OPEN_ON_THE_DAY + "SELECT currency, sum(open), coalesce(sum(open) FILTER (WHERE late > 0), 0) "
                + "FROM open WHERE open <> 0 GROUP BY currency", day).map(rows -> {
                    Map<String, Open> open = new HashMap<>();
                    rows.forEach(r -> open.put((String) r[0], new Open(Rows.decimal(r[1]), Rows.decimal(r[2]))));
                    return open;
                });
    }

    public Uni<Aging> asOf(LocalDate date, String currency, String customerId, int page, int size) {
        Map<String, Object> day = new HashMap<>();
        day.put("asOf", date);
        day.put("currency", currency);
        day.put("customer", customerId);
        Map<String, Aging.Builder> byCurrency = new LinkedHashMap<>();
        return Rows.of(OPEN_ON_THE_DAY + "SELECT currency, late, sum(open) FROM open WHERE open <> 0 "
                + "GROUP BY currency, late ORDER BY currency", day).chain(totals -> {
                    for (Object[] row : totals) {
                        byCurrency.computeIfAbsent((String) row[0], Aging.Builder::new).total(Rows.integer(row[1]),
                                Rows.decimal(row[2]));
                    }
                    return Rows.of(WRITTEN_OFF_ON_THE_DAY, day);
                }).chain(writtenOff -> {
                    for (Object[] row : writtenOff) {
                        byCurrency.computeIfAbsent((String) row[0], Aging.Builder::new).writtenOff(Rows.decimal(row[1]));
                    }
                    Map<String, Object> onePage = new HashMap<>(day);
                    onePage.put("after", (long) page * size);
                    onePage.put("upTo", (long) (page + 1) * size);
                    return Rows.of(OPEN_ON_THE_DAY + "SELECT customer_id, currency, customers FROM ("
                            + "SELECT customer_id, currency, count(*) OVER (PARTITION BY currency) AS customers, row_number() OVER "
                            + "(PARTITION BY currency ORDER BY overdue DESC, customer_id) AS n FROM (SELECT customer_id, currency, "
                            + "coalesce(sum(open) FILTER (WHERE late > 0), 0) AS overdue FROM open WHERE open <> 0 "
                            + "GROUP BY customer_id, currency) per_customer) ranked WHERE n > :after AND n <= :upTo "
                            + "ORDER BY currency, n", onePage);
                }).chain(customers -> {
                    for (Object[] row : customers) {
                        byCurrency.get((String) row[1]).customer((String) row[0], Rows.count(row[2]));
                    }
                    if (customers.isEmpty()) {
                        return Uni.createFrom().item(List.<Object[]>of());
                    }
                    Map<String, Object> theirs = new HashMap<>(day);
                    theirs.put("customers", customers.stream().map(r -> (String) r[0]).distinct().toList());
                    return Rows.of(OPEN_ON_THE_DAY + "SELECT customer_id, currency, late, sum(open) FROM open "
                            + "WHERE open <> 0 AND customer_id IN (:customers) GROUP BY customer_id, currency, late", theirs);
                }).map(buckets -> {
                    for (Object[] row : buckets) {
                        byCurrency.get((String) row[1]).add((String) row[0], Rows.integer(row[2]), Rows.decimal(row[3]));
                    }
                    List<Aging.CurrencyAging> currencies = new ArrayList<>();
                    byCurrency.values().forEach(b -> currencies.add(b.build()));
                    return new Aging(date, page, size, currencies);
                });
    }
}
