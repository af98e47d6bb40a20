package com.getpaid.events.complaints;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A complaint was registered (投诉登记表); any disputed amount is in {@code currency}. */
public record ComplaintLogged(String complaintId, String customerId, String category, String channel,
        String description, String recordedBy, List<String> invoiceIds, BigDecimal disputedAmount,
        String currency, Instant loggedAt) implements ComplaintEvent {

    @Override
    public String subject() {
        return complaintId;
    }
}
