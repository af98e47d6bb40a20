package com.getpaid.complaint.complaint;

import java.math.BigDecimal;
import java.util.List;

/** Register a complaint (投诉登记表). {@code disputedAmount} and {@code currency} go together. */
public record LogComplaint(String customerId, String category, String channel, String description, String recordedBy,
        List<String> invoiceIds, BigDecimal disputedAmount, String currency) {
}
