package com.getpaid.notification.message;

import java.util.Map;

/**
 * What the risk alert template reads (declared in the template, checked at build time); {@code supplyStopped} false when
 * the signal alerts without holding supply (an alert queued before it was recorded did stop supply).
 */
public record RiskAlert(String customerName, String customerId, String manager, String signal, String severity,
        String evidence, String source, boolean supplyStopped) {

    static RiskAlert of(String customerName, String customerId, Map<String, String> details) {
        return new RiskAlert(customerName, customerId, details.get("manager"), details.get("signal"), details.get("severity"),
                details.get("evidence"), details.get("source"), !"false".equals(details.get("supplyStopped")));
    }
}
