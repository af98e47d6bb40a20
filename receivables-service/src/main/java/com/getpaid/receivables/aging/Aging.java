package com.getpaid.receivables.aging;

import com.getpaid.events.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aging report (账龄): what is open on a date, by days past due, per currency (never summed
 * across currencies): totals over every customer, and one page of customers, most overdue first.
 */
public record Aging(LocalDate asOf, int page, int size, List<CurrencyAging> currencies) {

    public static final List<String> BUCKETS = List.of("current", "1-30", "31-60", "61-90", "91-120", "over-120");

    /** The handbook's collection classes of what is open, by days past due (written-off invoices are no longer open). */
    public static final List<String> COLLECTION_CLASSES = List.of("NOT_DUE", "IN_COLLECTION", "DOUBTFUL", "BAD_DEBT");

    /**
     * {@code customerCount}: customers with anything open in the currency, of which {@code customers} is the page asked
     * for; {@code collectionClasses}: the same totals by collection class, and beside them WRITTEN_OFF (死账): what
     * stands written off on the day, no longer open and so in none of the buckets.
     */
    public record CurrencyAging(String currency, Map<String, BigDecimal> totals, Map<String, BigDecimal> collectionClasses,
            long customerCount, List<CustomerAging> customers) {
    }

    public record CustomerAging(String customerId, Map<String, BigDecimal> buckets) {
    }

    /** The bucket of an amount {@code daysLate} days past its due date; no due date yet (null) counts as current. */
    public static String bucket(Integer daysLate) {
        if (daysLate == null || daysLate <= 0) {
            return "current";
        }
        if (daysLate <= 30) {
            return "1-30";
        }
        if (daysLate <= 60) {
            return "31-60";
        }
        if (daysLate <= 90) {
            return "61-90";
        }
        return daysLate <= 120 ? "91-120" : "over-120";
    }

    /**
     * The collection class of an amount {@code daysLate} days past its due date: NOT_DUE (未收款: not yet due, or no
     * due date yet), IN_COLLECTION (催收款: 1 to 60 days), DOUBTFUL (准呆账: 61 to 120), BAD_DEBT (呆账: over 120).
     */
    public static String collectionClass(Integer daysLate) {
        if (daysLate == null || daysLate <= 0) {
            return "NOT_DUE";
        }
        if (daysLate <= 60) {
            return "IN_COLLECTION";
        }
        return daysLate <= 120 ? "DOUBTFUL" : "BAD_DEBT";
    }

    /** Puts one currency's part of the report together from sums by days late. */
    static final class Builder {
        private final String currency;
        private final Map<String, BigDecimal> totals;
        private final Map<String, BigDecimal> classes = new LinkedHashMap<>();
        private final Map<String, Map<String, BigDecimal>> customers = new LinkedHashMap<>();
        private long customerCount;

        Builder(String currency) {
            this.currency = currency;
            this.totals = emptyBuckets(currency);
            COLLECTION_CLASSES.forEach(c -> classes.put(c, Money.zero(currency)));
            classes.put("WRITTEN_OFF", Money.zero(currency));
        }

        Builder writtenOff(BigDecimal amount) {
            classes.put("WRITTEN_OFF", Money.scaled(amount, currency));
            return this;
        }

        Builder total(Integer daysLate, BigDecimal open) {
            add(totals, bucket(daysLate), open);
            classes.merge(collectionClass(daysLate), Money.scaled(open, currency), BigDecimal::add);
            return this;
        }

        Builder customer(String customerId, long of) {
            customers.put(customerId, emptyBuckets(currency));
            customerCount = of;
            return this;
        }

        /** Adds to a customer on this currency's page; one on another currency's page only is not shown here. */
        Builder add(String customerId, Integer daysLate, BigDecimal open) {
            Map<String, BigDecimal> buckets = customers.get(customerId);
            if (buckets != null) {
                add(buckets, bucket(daysLate), open);
            }
            return this;
        }

        CurrencyAging build() {
            List<CustomerAging> rows = new ArrayList<>();
            customers.forEach((id, buckets) -> rows.add(new CustomerAging(id, buckets)));
            return new CurrencyAging(currency, totals, classes, customerCount, rows);
        }

        private void add(Map<String, BigDecimal> buckets, String bucket, BigDecimal amount) {
            BigDecimal scaled = Money.scaled(amount, currency);
            buckets.merge(bucket, scaled, BigDecimal::add);
            buckets.merge("total", scaled, BigDecimal::add);
        }
    }

    private static Map<String, BigDecimal> emptyBuckets(String currency) {
        Map<String, BigDecimal> buckets = new LinkedHashMap<>();
        BUCKETS.forEach(b -> buckets.put(b, Money.zero(currency)));
        buckets.put("total", Money.zero(currency));
        return buckets;
    }
}
