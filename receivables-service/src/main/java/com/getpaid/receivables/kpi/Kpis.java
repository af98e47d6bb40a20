package com.getpaid.receivables.kpi;

import com.getpaid.events.Money;
import com.getpaid.receivables.aging.AgingReport;
import com.getpaid.receivables.query.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Computes the measures of {@link KpiView} from the read models, on the event loop. */
@ApplicationScoped
public class Kpis {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Sales, cash collected and net write-offs in the period, per currency. */
    private static final String FLOWS = "SELECT currency, sum(sales), sum(collected), sum(written_off) FROM ("
            + "SELECT currency, amount AS sales, 0 AS collected, 0 AS written_off FROM invoice_view "
            + "WHERE issue_date BETWEEN :first AND :last AND (cast(:customer AS text) IS NULL OR customer_id = :customer) "
            + "UNION ALL SELECT currency, 0, amount, 0 FROM payment_view "
            + "WHERE received_on BETWEEN :first AND :last AND (cast(:customer AS text) IS NULL OR customer_id = :customer) "
            + "UNION ALL SELECT currency, 0, 0, amount FROM write_off_view "
            + "WHERE written_off_on BETWEEN :first AND :last AND (cast(:customer AS text) IS NULL OR customer_id = :customer) "
            + "UNION ALL SELECT currency, 0, 0, -amount FROM write_off_view "
            + "WHERE reinstated_on BETWEEN :first AND :last AND (cast(:customer AS text) IS NULL OR customer_id = :customer)"
            + ") flow GROUP BY currency";

    private final AgingReport aging;

    public Kpis(AgingReport aging) {
        this.aging = aging;
    }

    public Uni<KpiView> of(LocalDate first, LocalDate last, String customerId) {
        Map<String, Object> period = new HashMap<>();
        period.put("first", first);
        period.put("last", last);
        period.put("customer", customerId);
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        return aging.openOn(first.minusDays(1), customerId)
                .chain(start -> aging.openOn(last, customerId)
                        .chain(end -> Rows.of(FLOWS, period).map(flows -> {
                            Map<String, Object[]> byCurrency = new HashMap<>();
                            flows.forEach(f -> byCurrency.put((String) f[0], f));
                            TreeSet<String> currencies = new TreeSet<>(byCurrency.keySet());
                            currencies.addAll(start.keySet());
                            currencies.addAll(end.keySet());
                            List<KpiView.CurrencyKpis> kpis = new ArrayList<>();
                            for (String currency : currencies) {
                                Object[] f = byCurrency.getOrDefault(currency, new Object[] { currency, 0, 0, 0 });
                                kpis.add(measures(currency, days, start.get(currency), end.get(currency),
                                        Rows.decimal(f[1]), Rows.decimal(f[2]), Rows.decimal(f[3])));
                            }
                            return new KpiView(first, last, customerId, days, kpis);
                        })));
    }

    /** The measures of one currency; {@code start} and {@code end} are null when nothing was open then. */
    static KpiView.CurrencyKpis measures(String currency, int days, AgingReport.Open start, AgingReport.Open end,
            BigDecimal sales, BigDecimal collected, BigDecimal writtenOff) {
        BigDecimal atStart = Money.scaled(start == null ? BigDecimal.ZERO : start.total(), currency);
        BigDecimal atEnd = Money.scaled(end == null ? BigDecimal.ZERO : end.total(), currency);
        BigDecimal overdueAtEnd = Money.scaled(end == null ? BigDecimal.ZERO : end.overdue(), currency);
        BigDecimal currentAtEnd = atEnd.subtract(overdueAtEnd);
        BigDecimal dso = sales.signum() == 0 ? null
                : atEnd.multiply(BigDecimal.valueOf(days)).divide(sales, 1, RoundingMode.HALF_UP);
        BigDecimal toCollect = atStart.add(sales).subtract(currentAtEnd);
        BigDecimal cei = toCollect.signum() <= 0 ? null
                : atStart.add(sales).subtract(atEnd).multiply(HUNDRED).divide(toCollect, 1, RoundingMode.HALF_UP);
        BigDecimal overdueRatio = atEnd.signum() == 0 ? null
                : overdueAtEnd.multiply(HUNDRED).divide(atEnd, 1, RoundingMode.HALF_UP);
        return new KpiView.CurrencyKpis(currency, dso, "SIMPLE", cei, overdueRatio, Money.scaled(collected, currency),
                Money.scaled(writtenOff, currency), Money.scaled(sales, currency), atStart, atEnd, currentAtEnd, overdueAtEnd);
    }
}
