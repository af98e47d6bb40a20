package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer promised to pay {@code amount} on {@code promisedFor} (承诺付款) for the invoices named;
 * their dunning pauses until that day plus the tolerance, when the promise is judged.
 */
public record PromiseRecorded(String promiseId, String customerId, List<String> invoiceIds, BigDecimal amount, String currency,
        LocalDate promisedFor, String recordedBy, LocalDate recordedOn) implements ReceivableEvent {

    @Override
    public String subject() {
        return customerId;
    }
}
