package com.getpaid.complaint.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A complaint as staff and the ERP read it. */
public record ComplaintView(String id, String customerId, String category, String channel, String description,
        String recordedBy, List<String> invoiceIds, BigDecimal disputedAmount, String currency, String status,
        Instant loggedAt) {
}
