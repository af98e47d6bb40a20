package com.getpaid.receivables.account;

import com.getpaid.events.receivables.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Receive a payment; {@code allocations} null means "oldest due first". */
public record ReceivePayment(String paymentId, String customerId, BigDecimal amount, String currency,
        LocalDate receivedOn, PaymentMethod method, List<Allocation> allocations) {
}
