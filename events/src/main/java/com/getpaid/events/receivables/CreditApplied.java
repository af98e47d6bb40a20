package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer's credit balance in {@code currency} (overpayments, credit notes beyond what was open)
 * was applied to its open invoices, oldest due first ({@code allocations}); {@code remaining} is the
 * balance left.
 */
public record CreditApplied(String customerId, String currency, LocalDate appliedOn, List<Allocation> allocations,
        BigDecimal remaining) implements ReceivableEvent {

    @Override
    public String subject() {
        return allocations.isEmpty() ? customerId : allocations.get(0).invoiceId();
    }
}
