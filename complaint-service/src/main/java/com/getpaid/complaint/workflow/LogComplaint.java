package com.getpaid.complaint.workflow;

import com.getpaid.events.complaints.ComplaintLogged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Register a complaint (投诉登记表). {@code disputedAmount} and {@code currency} go together. */
public record LogComplaint(String customerId, Category category, Channel channel, String description, String recordedBy,
        List<String> invoiceIds, BigDecimal disputedAmount, String currency, String contactPerson,
        ComplaintLogged.Product product, LocalDate usedOn, String whatHappened, String customerWish,
        List<String> deliveryRefs, Severity severity) {
}
