package com.getpaid.events.customers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A credit manager asked to raise a limit above what one person may set in its currency: nothing changes until a
 * second credit manager (never {@code requestedBy}) approves it ({@link CreditLimitSet} naming both).
 */
public record CreditLimitRaiseRequested(String customerId, String currency, BigDecimal from, BigDecimal to, String reason,
        String requestedBy, Instant requestedAt) implements CustomerEvent {
}
