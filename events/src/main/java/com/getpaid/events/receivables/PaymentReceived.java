package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment arrived and was applied to invoices ({@code allocations}); {@code unallocated} is what
 * is left as the customer's credit balance (overpayment), in the payment's currency.
 */
public record PaymentReceived(String paymentId, String customerId, BigDecimal amount, String currency,
        LocalDate receivedOn, String method, List<Allocation> allocations, BigDecimal unallocated)
        implements ReceivableEvent {

    @Override
    public String subject() {
        return paymentId;
    }
}
