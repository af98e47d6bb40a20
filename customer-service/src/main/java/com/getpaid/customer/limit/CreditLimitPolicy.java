package com.getpaid.customer.limit;

import io.smallrye.config.ConfigMapping;
import java.math.BigDecimal;
import java.util.Map;

/** Who may set a credit limit alone: up to a threshold per currency (四眼原则, four eyes, above it). */
@ConfigMapping(prefix = "customers.credit-limit")
public interface CreditLimitPolicy {

    /**
     * The highest limit one credit manager may set alone, per ISO 4217 code; a raise above it (or any raise in a
     * currency not listed) needs a second credit manager.
     */
    Map<String, BigDecimal> oneManagerUpTo();
}
