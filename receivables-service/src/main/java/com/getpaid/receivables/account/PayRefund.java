package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Pay back part or all of a customer's credit balance. */
public record PayRefund(String refundId, String customerId, BigDecimal amount, String currency, LocalDate paidOn,
        PaymentMethod method) {
}
