package com.getpaid.customer.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Value tiers (客户分级, 二八原则), separate from credit: over the last 12 months, customers ranked by revenue; tier A
 * are the customers that make the first ~80 % of it, B the next ~15 %, C the rest (and those without sales). RFM
 * scores recency (days since the last invoice), frequency (invoices) and monetary value (revenue) 1 to 5 by quintile
 * among the customers with sales, 5 best. Customers are ranked among those of the same currency (their cards'), never
 * across currencies: no exchange rate is assumed, so 1,000,000 JPY is not bigger than 10,000 CNY. Pure functions,
 * tested on a worked example.
 */
public final class ValueTiers {

    /** A customer's sales in the period, in its card's currency. */
    public record Sales(String customerId, String currency, BigDecimal revenue, int invoices, int daysSinceLast) {
    }

    /** What the card shows: the tier, the RFM digits (e.g. "545") and their sum. */
    public record Value(String tier, String rfm, int rfmScore, BigDecimal revenue, int invoices, Integer daysSinceLast) {
    }

    /** Each customer's value, ranked within its currency. */
    public static Map<String, Value> rank(List<Sales> sales) {
        Map<String, List<Sales>> byCurrency = new LinkedHashMap<>();
        sales.forEach(s -> byCurrency.computeIfAbsent(s.currency(), k -> new ArrayList<>()).add(s));
        Map<String, Value> values = new LinkedHashMap<>();
        byCurrency.values().forEach(same -> values.putAll(rankAmong(same)));
        return values;
    }

    /** The ranking among customers whose revenue is in one currency. */
    private static Map<String, Value> rankAmong(List<Sales> sales) {
        List<Sales> selling = sales.stream().filter(s -> s.revenue().signum() > 0)
                .sorted(Comparator.comparing(Sales::revenue).reversed().thenComparing(Sales::customerId)).toList();
        BigDecimal total = selling.stream().map(Sales::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Value> values = new LinkedHashMap<>();
        BigDecimal before = BigDecimal.ZERO; // revenue of the customers ranked above
        for (Sales s : selling) {
            // a customer is A when the revenue above it is still short of 80 % (the one crossing the line belongs to it)
            BigDecimal shareBefore = before.divide(total, 6, RoundingMode.HALF_UP);
            String tier = shareBefore.compareTo(new BigDecimal("0.80")) < 0 ? "A"
                    : shareBefore.compareTo(new BigDecimal("0.95")) < 0 ? "B" : "C";
            int r = quintile(selling, s, x -> -x.daysSinceLast());
            int f = quintile(selling, s, Sales::invoices);
            int m = quintile(selling, s, x -> x.revenue().movePointRight(4).longValue());
            values.put(s.customerId(), new Value(tier, "" + r + f + m, r + f + m, s.revenue(), s.invoices(), s.daysSinceLast()));
            before = before.add(s.revenue());
        }
        for (Sales s : sales) {
            values.putIfAbsent(s.customerId(), new Value("C", null, 0, s.revenue(), s.invoices(), null));
        }
        return values;
    }

    /** 1 to 5: the share of customers with a lower value than this one's, in fifths (ties share the lower rank). */
    static int quintile(List<Sales> all, Sales one, ToLongFunction<Sales> value) {
        if (all.size() == 1) {
            return 5;
        }
        long v = value.applyAsLong(one);
        long below = all.stream().filter(x -> value.applyAsLong(x) < v).count();
        return 1 + (int) (below * 5 / all.size());
    }

    private ValueTiers() {
    }
}
