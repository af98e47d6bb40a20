package com.getpaid.customer.risk;

import java.time.Instant;

/** A signal as the risk feed lists it: the card's risk tab's fields, and whose it is. */
public record FeedSignal(String signalId, String customerId, String customerName, String signal, String severity,
        String evidence, String source, boolean placesHold, Instant detectedAt) {
}
