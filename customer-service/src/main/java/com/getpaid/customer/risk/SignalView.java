package com.getpaid.customer.risk;

import java.time.Instant;

/** A signal as the card's risk tab shows it. */
public record SignalView(String signalId, String signal, String severity, String evidence, String source,
        boolean placesHold, Instant detectedAt) {
}
