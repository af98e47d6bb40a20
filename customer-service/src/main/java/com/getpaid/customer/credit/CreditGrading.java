package com.getpaid.customer.credit;

import com.getpaid.events.customers.CreditAssessed.PaymentRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The grade from the standard table of credit indicators (below), the payment record weighing most. Pure functions,
 * tested on worked examples.
 *
 * <p>Each indicator scores from 0 (at or beyond "poor credit") to 1 (at or beyond "good credit"), straight in between:
 * current ratio 1.6 → 2.5, debt-to-assets 0.9 → 0.5, receivables turnover 9 → 14, return on assets 0.20 → 0.35. The
 * payment record starts at 1 and loses half the share of invoices paid late, the average days late over 120 (60 days
 * or more: 0.5), and 0.2 per promise broken. Weights: payment record 0.40, each indicator 0.15; with no payment record yet it counts as
 * 0.5 (neither good nor bad). Grade A from 0.70, B from 0.40, C below.
 */
public final class CreditGrading {

    static final BigDecimal RECORD_WEIGHT = new BigDecimal("0.40");
    static final BigDecimal INDICATOR_WEIGHT = new BigDecimal("0.15");
    static final BigDecimal NO_RECORD = new BigDecimal("0.50");

    /** What an assessment decides, with the sentence that explains it. */
    public record Grade(BigDecimal score, String grade, String explanation) {
    }

    /** Score of a value between {@code poor} (0) and {@code good} (1), either direction, clamped; two decimals. */
    static BigDecimal between(BigDecimal value, String poor, String good) {
        BigDecimal p = new BigDecimal(poor);
        BigDecimal g = new BigDecimal(good);
        BigDecimal s = value.subtract(p).divide(g.subtract(p), 4, RoundingMode.HALF_UP);
        return clamp(s).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal clamp(BigDecimal s) {
        return s.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    /** The payment record's score; null when there is no record (no invoice due and no promise broken). */
    public static BigDecimal recordScore(int invoicesDue, int paidLate, BigDecimal averageDaysLate, int brokenPromises) {
        if (invoicesDue == 0 && brokenPromises == 0) {
            return null;
        }
        // a little late is not in arrears: the share late and how late each count for half the damage
        BigDecimal lateShare = invoicesDue == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(paidLate).divide(BigDecimal.valueOf(invoicesDue), 4, RoundingMode.HALF_UP);
        BigDecimal lateness = averageDaysLate.min(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(120), 4, RoundingMode.HALF_UP);
        BigDecimal score = BigDecimal.ONE.subtract(lateShare.multiply(new BigDecimal("0.5"))).subtract(lateness)
                .subtract(new BigDecimal("0.2").multiply(BigDecimal.valueOf(brokenPromises)));
        return clamp(score).setScale(2, RoundingMode.HALF_UP);
    }

    public static Grade grade(BigDecimal currentRatio, BigDecimal debtToAssets, BigDecimal receivablesTurnover,
            BigDecimal returnOnAssets, PaymentRecord record) {
        BigDecimal cr = between(currentRatio, "1.6", "2.5");
        BigDecimal da = between(debtToAssets, "0.9", "0.5");
        BigDecimal rt = between(receivablesTurnover, "9", "14");
        BigDecimal roa = between(returnOnAssets, "0.20", "0.35");
        BigDecimal pr = record.score() == null ? NO_RECORD : record.score();
        BigDecimal score = RECORD_WEIGHT.multiply(pr).add(INDICATOR_WEIGHT.multiply(cr.add(da).add(rt).add(roa)))
                .setScale(2, RoundingMode.HALF_UP);
        String grade = score.compareTo(new BigDecimal("0.70")) >= 0 ? "A" : score.compareTo(new BigDecimal("0.40")) >= 0 ? "B" : "C";
        String explanation = "payment record " + (record.score() == null ? "none yet, counted 0.50" : pr.toPlainString()
                + " (" + record.invoicesDue() + " invoices due, " + record.paidLate() + " late, " + record.averageDaysLate()
                        .toPlainString() + " days late on average, " + record.brokenPromises() + " promises broken)")
                + " x 0.40 + (current ratio " + cr + " + debt-to-assets " + da + " + receivables turnover " + rt
                + " + return on assets " + roa + ") x 0.15 = " + score.toPlainString() + ": grade " + grade
                + " (A from 0.70, B from 0.40)";
        return new Grade(score, grade, explanation);
    }

    /** The next review: A in 6 months, B in 3, C in 1. */
    public static LocalDate nextReview(String grade, LocalDate assessedOn) {
        return assessedOn.plusMonths(com.getpaid.customer.account.CreditGrade.of(grade).reviewMonths());
    }

    /** Grace days past due before an overdue invoice holds supply: A 30, B 15, C 0. */
    public static int graceDays(String grade) {
        return com.getpaid.customer.account.CreditGrade.of(grade).graceDays();
    }

    /**
     * The recommended credit limit: two months of the customer's average monthly sales for A, one for B, half for C,
     * rounded down to hundreds; without sales in the last 12 months, the current limit (A), three quarters (B), half (C).
     */
    public static BigDecimal recommendedLimit(String grade, BigDecimal salesLast12Months, BigDecimal currentLimit, int scale) {
        BigDecimal months = "A".equals(grade) ? new BigDecimal("2") : "B".equals(grade) ? BigDecimal.ONE : new BigDecimal("0.5");
        BigDecimal base = salesLast12Months.signum() > 0
                ? salesLast12Months.divide(BigDecimal.valueOf(12), 4, RoundingMode.DOWN).multiply(months)
                : currentLimit.multiply("A".equals(grade) ? BigDecimal.ONE : "B".equals(grade) ? new BigDecimal("0.75")
                        : new BigDecimal("0.5"));
        return base.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(100)).setScale(scale);
    }

    private CreditGrading() {
    }
}
