package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Part or all of the customer's credit balance in {@code currency} was paid back to it (退款). */
public record RefundPaid(String refundId, String customerId, BigDecimal amount, String currency, LocalDate paidOn,
        String method) implements ReceivableEvent {

    @Override
    public String subject() {
        return refundId;
    }
}
