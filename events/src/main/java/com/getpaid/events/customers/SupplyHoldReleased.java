package com.getpaid.events.customers;

import java.time.Instant;
import java.util.List;

/** Every cause of the hold is gone; {@code resolved} lists the reasons that no longer hold. */
public record SupplyHoldReleased(String customerId, List<HoldReason> resolved, Instant at) implements CustomerEvent {
}
