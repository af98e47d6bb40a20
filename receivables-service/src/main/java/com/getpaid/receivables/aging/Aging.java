package com.getpaid.receivables.aging;

import com.getpaid.events.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aging report (账龄): what is open on a date, by days past due, per currency (never summed
 * across currencies), in total and per customer.
 */
public record Aging(LocalDate asOf, List<CurrencyAging> currencies) {

    public static final List<String> BUCKETS = List.of("current", "1-30", "31-60", "61-90", "91-120", "over-120");

    public record CurrencyAging(String currency, Map<String, BigDecimal> totals, List<CustomerAging> customers) {
    }

    public record CustomerAging(String customerId, Map<String, BigDecimal> buckets) {
    }

    /** One invoice's open amount on the report date. */
    public record OpenItem(String customerId, String currency, LocalDate dueDate, BigDecimal open) {
    }

    /** The bucket of an amount due on {@code dueDate}, seen on {@code asOf}; no due date yet counts as current. */
    public static String bucket(LocalDate dueDate, LocalDate asOf) {
        long late = dueDate == null ? 0 : ChronoUnit.DAYS.between(dueDate, asOf);
        if (late <= 0) {
            return "current";
        }
        if (late <= 30) {
            return "1-30";
        }
        if (late <= 60) {
            return "31-60";
        }
        if (late <= 90) {
            return "61-90";
        }
        return late <= 120 ? "91-120" : "over-120";
    }

    public static Aging of(LocalDate asOf, List<OpenItem> items) {
        Map<String, Map<String, Map<String, BigDecimal>>> byCurrency = new TreeMap<>();
        for (OpenItem item : items) {
            if (item.open().signum() == 0) {
                continue;
            }
            Map<String, BigDecimal> row = byCurrency.computeIfAbsent(item.currency(), k -> new TreeMap<>())
                    .computeIfAbsent(item.customerId(), k -> emptyBuckets(item.currency()));
            add(row, bucket(item.dueDate(), asOf), item.open());
        }
        List<CurrencyAging> currencies = new ArrayList<>();
        byCurrency.forEach((currency, customers) -> {
            Map<String, BigDecimal> totals = emptyBuckets(currency);
            List<CustomerAging> rows = new ArrayList<>();
            customers.forEach((customerId, buckets) -> {
                BUCKETS.forEach(b -> add(totals, b, buckets.get(b)));
                rows.add(new CustomerAging(customerId, buckets));
            });
            currencies.add(new CurrencyAging(currency, totals, rows));
        });
        return new Aging(asOf, currencies);
    }

    private static Map<String, BigDecimal> emptyBuckets(String currency) {
        Map<String, BigDecimal> buckets = new LinkedHashMap<>();
        BUCKETS.forEach(b -> buckets.put(b, Money.zero(currency)));
        buckets.put("total", Money.zero(currency));
        return buckets;
    }

    private static void add(Map<String, BigDecimal> buckets, String bucket, BigDecimal amount) {
        buckets.merge(bucket, amount, BigDecimal::add);
        buckets.merge("total", amount, BigDecimal::add);
    }
}
