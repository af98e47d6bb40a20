package com.getpaid.events.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The ERP sent a credit limit for a currency that differs from the one in force: kept as its proposal, shown on the
 * card, not in force ({@code effective} stays) until a credit manager sets a limit.
 */
public record CreditLimitProposed(String customerId, String currency, BigDecimal creditLimit, BigDecimal effective,
        String proposedBy, Instant proposedAt) implements CustomerEvent {
}
