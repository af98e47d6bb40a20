package com.getpaid.events.customers;

import java.time.Instant;
import java.util.List;

/** Supply to the customer stops ("前款不结后货不送") for the reasons given. */
public record SupplyHoldPlaced(String customerId, List<HoldReason> reasons, Instant since) implements CustomerEvent {
}
