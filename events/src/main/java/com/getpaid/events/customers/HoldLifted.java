package com.getpaid.events.customers;

import java.time.Instant;
import java.util.List;

/**
 * A manager lifted holds by hand, with a reason: the holds placed by decision ({@code MANUAL_HOLD}, {@code RISK_SIGNAL})
 * end; with {@code until}, the automatic reasons in {@code suspended} (credit limit, overdue) do not hold the customer
 * until then either. {@code lifted} and {@code suspended} say which codes were concerned.
 */
public record HoldLifted(String customerId, List<String> lifted, List<String> suspended, Instant until, String reason,
        String liftedBy, Instant liftedAt) implements CustomerEvent {
}
