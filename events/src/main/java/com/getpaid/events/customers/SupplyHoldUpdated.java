package com.getpaid.events.customers;

import java.time.Instant;
import java.util.List;

/** The customer stays on hold, but the reasons changed (one cause gone, another added). */
public record SupplyHoldUpdated(String customerId, List<HoldReason> reasons, Instant at) implements CustomerEvent {
}
