package com.getpaid.events.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A credit limit in force from now ({@code from} before, {@code to} now), set by a credit manager
 * ({@code requestedBy}); {@code approvedBy} names the second credit manager of a raise above the four-eyes threshold,
 * and is null when one person sufficed (a lowering, or a raise up to the threshold). The card follows in a
 * {@link CustomerUpdated}.
 */
public record CreditLimitSet(String customerId, String currency, BigDecimal from, BigDecimal to, String reason,
        String requestedBy, String approvedBy, Instant setAt) implements CustomerEvent {
}
