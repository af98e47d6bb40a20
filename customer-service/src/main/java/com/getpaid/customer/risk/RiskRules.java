package com.getpaid.customer.risk;

import com.getpaid.events.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The risk signals derived from what receivables reports (呆账死账的先兆), as plain rules tested on crafted
 * histories. Each answers the signal's severity and the evidence in words, or nothing.
 */
public final class RiskRules {

    /** A signal to raise: its severity and what was seen. */
    public record Finding(String severity, String evidence) {
    }

    /** A past invoice of the customer: when it was issued and for how much (in the new one's currency). */
    public record PastInvoice(LocalDate issued, BigDecimal amount) {
    }

    /**
     * ORDER_SPIKE: an invoice far above the customer's own average of the 12 months before it (at least 3 invoices):
     * 3 times the average is MEDIUM; 5 times, or 3 times in a month of the year it bought nothing in (its off-season,
     * 淡季大批量进货), is HIGH. The average is at the currency's scale (JPY 0, CNY 2, KWD 3 digits).
     */
    public static Optional<Finding> orderSpike(BigDecimal amount, String currency, LocalDate issued,
            List<PastInvoice> before) {
        List<PastInvoice> year = before.stream().filter(p -> p.issued().isAfter(issued.minusYears(1))
                && !p.issued().isAfter(issued)).toList();
        if (year.size() < 3) {
            return Optional.empty(); // too little history to call anything unusual
        }
        BigDecimal average = year.stream().map(PastInvoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(year.size()), Money.zero(currency).scale(), RoundingMode.HALF_UP);
        if (average.signum() <= 0) {
            return Optional.empty(); // nothing to be far above
        }
        BigDecimal times = amount.divide(average, 1, RoundingMode.DOWN);
        if (times.compareTo(BigDecimal.valueOf(3)) < 0) {
            return Optional.empty();
        }
        boolean offSeason = year.stream().noneMatch(p -> p.issued().getMonth() == issued.getMonth());
        String severity = times.compareTo(BigDecimal.valueOf(5)) >= 0 || offSeason ? "HIGH" : "MEDIUM";
        return Optional.of(new Finding(severity, "Invoice of " + amount.toPlainString() + " is " + times.toPlainString()
                + " times the customer's average of " + average.toPlainString() + " over " + year.size() + " invoices in the "
                + "12 months before" + (offSeason ? ", in " + issued.getMonth() + ", a month it bought nothing in last year"
                        : "")));
    }

    /**
     * PAYMENT_DELAY_TREND: a customer that paid its invoices on time now pays late: the three invoices settled before
     * the last three were all on time, and at least two of the last three were late (days late, oldest first).
     */
    public static Optional<Finding> paymentDelayTrend(List<Integer> daysLateOldestFirst) {
        int n = daysLateOldestFirst.size();
        if (n < 6) {
            return Optional.empty();
        }
        List<Integer> earlier = daysLateOldestFirst.subList(n - 6, n - 3);
        List<Integer> recent = daysLateOldestFirst.subList(n - 3, n);
        long late = recent.stream().filter(d -> d > 0).count();
        if (earlier.stream().anyMatch(d -> d > 0) || late < 2) {
            return Optional.empty();
        }
        return Optional.of(new Finding("MEDIUM", "Paid the three invoices before on time; " + late + " of the last three "
                + "late (" + recent.stream().map(d -> d + " days").toList() + ")"));
    }

    /**
     * OVERDUE_GROWING: the overdue balance at the start of each month grew three months running (four readings, each
     * above the one before), oldest first.
     */
    public static Optional<Finding> overdueGrowing(List<BigDecimal> monthlyOverdueOldestFirst) {
        int n = monthlyOverdueOldestFirst.size();
        if (n < 4) {
            return Optional.empty();
        }
        List<BigDecimal> last = monthlyOverdueOldestFirst.subList(n - 4, n);
        for (int i = 1; i < 4; i++) {
            if (last.get(i).compareTo(last.get(i - 1)) <= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new Finding("MEDIUM", "Overdue balance up three months running: " + last.stream()
                .map(BigDecimal::toPlainString).toList()));
    }

    private RiskRules() {
    }
}
