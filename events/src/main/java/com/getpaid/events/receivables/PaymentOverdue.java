package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice passed its due date unpaid and reached a dunning level (催款): level 1 is the friendly
 * reminder. Each level happens once per invoice.
 */
public record PaymentOverdue(String invoiceId, String customerId, LocalDate dueDate, LocalDate asOf,
        int daysOverdue, BigDecimal openAmount, String currency, int dunningLevel) implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
