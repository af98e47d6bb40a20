package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The customer paid what it promised ({@code paid} towards the promised invoices since the promise). */
public record PromiseKept(String promiseId, String customerId, List<String> invoiceIds, BigDecimal amount, BigDecimal paid,
        String currency, LocalDate promisedFor, LocalDate keptOn) implements ReceivableEvent {

    @Override
    public String subject() {
        return customerId;
    }
}
