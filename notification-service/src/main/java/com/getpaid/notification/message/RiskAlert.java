package com.getpaid.notification.message;

import java.util.Map;

/** What the risk alert template reads (declared in the template, checked at build time). */
public record RiskAlert(String customerName, String customerId, String manager, String signal, String severity,
        String evidence, String source) {

    static RiskAlert of(String customerName, String customerId, Map<String, String> details) {
        return new RiskAlert(customerName, customerId, details.get("manager"), details.get("signal"), details.get("severity"),
                details.get("evidence"), details.get("source"));
    }
}
