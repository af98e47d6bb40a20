package com.getpaid.receivables.approval;

import com.getpaid.receivables.account.ApprovalPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The four-eyes thresholds from configuration: {@code receivables.approval.threshold.<CURRENCY>=10000.00} per
 * currency, {@code receivables.approval.threshold.default} for the others. A threshold below zero stops the service at
 * start-up.
 */
@ApplicationScoped
public class ApprovalConfig {

    static final String PREFIX = "receivables.approval.threshold.";

    @Produces
    @Singleton // a record cannot have a client proxy
    ApprovalPolicy policy(Config config,
            @ConfigProperty(name = PREFIX + "default", defaultValue = "10000.00") BigDecimal otherwise) {
        return perCurrency(config, PREFIX, otherwise);
    }

    /** Thresholds named {@code <prefix><CURRENCY>}, with {@code otherwise} (from {@code <prefix>default}) for the rest. */
    public static ApprovalPolicy perCurrency(Config config, String prefix, BigDecimal otherwise) {
        Map<String, BigDecimal> perCurrency = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            String currency = name.startsWith(prefix) ? name.substring(prefix.length()) : "";
            if (currency.matches("[A-Z]{3}")) {
                perCurrency.put(currency, checked(name, config.getValue(name, BigDecimal.class)));
            }
        }
        return new ApprovalPolicy(perCurrency, checked(prefix + "default", otherwise));
    }

    private static BigDecimal checked(String name, BigDecimal threshold) {
        if (threshold.signum() < 0) {
            throw new IllegalArgumentException(name + " must be 0 or more, not " + threshold.toPlainString());
        }
        return threshold;
    }
}
