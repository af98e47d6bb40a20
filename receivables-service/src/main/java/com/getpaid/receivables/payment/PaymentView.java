package com.getpaid.receivables.payment;

import com.getpaid.events.receivables.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A received payment: where it went, and what is left as the customer's credit. */
public record PaymentView(String paymentId, String customerId, BigDecimal amount, String currency, LocalDate receivedOn,
        String method, List<Allocation> allocations, BigDecimal unallocated) {
}
