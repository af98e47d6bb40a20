package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Issue an invoice for a delivery; {@code dueDate} null means "from the customer's terms". */
public record IssueInvoice(String invoiceId, String customerId, String deliveryRef, LocalDate issueDate,
        LocalDate dueDate, BigDecimal amount, String currency) {
}
