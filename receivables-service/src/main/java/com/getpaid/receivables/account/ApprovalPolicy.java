package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How much money one person may let leave an account on their own, per currency (四眼原则, four eyes): a credit note,
 * refund or write-off above the threshold of its currency, and a credit note on no invoice whatever its amount, waits
 * for a second person. A currency without a threshold of its own has {@code otherwise}.
 */
public record ApprovalPolicy(Map<String, BigDecimal> thresholds, BigDecimal otherwise) {

    public ApprovalPolicy {
        thresholds = Map.copyOf(thresholds);
    }

    public BigDecimal threshold(String currency) {
        return thresholds.getOrDefault(currency, otherwise);
    }

    boolean above(BigDecimal amount, String currency) {
        return amount.compareTo(threshold(currency)) > 0;
    }
}
