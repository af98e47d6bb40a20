package com.getpaid.events.customers;

import java.time.Instant;

/** A person stopped supply to the customer by hand ({@code MANUAL_HOLD}), with the reason. */
public record ManualHoldPlaced(String customerId, String reason, String placedBy, Instant placedAt) implements CustomerEvent {
}
