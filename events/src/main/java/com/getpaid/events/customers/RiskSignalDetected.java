package com.getpaid.events.customers;

import java.time.Instant;

/**
 * A sign the customer may not pay: derived from events ({@code BROKEN_PROMISE}, ...) or reported by staff
 * ({@code PRICE_DUMPING}, {@code KEY_PEOPLE_CHANGE}, ...). {@code severity} LOW, MEDIUM or HIGH; {@code source} names who
 * or what saw it; {@code evidence} says what was seen. {@code placesHold}: it stops supply ({@code RISK_SIGNAL}) until a
 * manager lifts it (a HIGH signal, while the policy says so).
 */
public record RiskSignalDetected(String signalId, String customerId, String signal, String severity, String evidence,
        Instant detectedAt, String source, boolean placesHold) implements CustomerEvent {
}
