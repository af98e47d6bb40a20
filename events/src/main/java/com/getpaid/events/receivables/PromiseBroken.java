package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The promised day and its tolerance passed without the promised amount: {@code outcome} BROKEN (nothing
 * paid) or PARTIALLY_KEPT (some of it). Dunning of the invoices resumes; a risk signal for credit.
 */
public record PromiseBroken(String promiseId, String customerId, List<String> invoiceIds, BigDecimal amount, BigDecimal paid,
        String currency, LocalDate promisedFor, LocalDate judgedOn, String outcome) implements ReceivableEvent {

    @Override
    public String subject() {
        return customerId;
    }
}
