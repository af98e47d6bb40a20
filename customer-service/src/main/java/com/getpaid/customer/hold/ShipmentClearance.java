package com.getpaid.customer.hold;

import com.getpaid.events.customers.HoldReason;
import java.math.BigDecimal;
import java.util.List;

/** The answer to "may we ship this order?": cleared or not, with every reason and the numbers. */
public record ShipmentClearance(boolean cleared, List<HoldReason> reasons, BigDecimal exposure, BigDecimal creditLimit,
        BigDecimal availableCredit, String currency) {

    /** The body of {@code POST /api/customers/{id}/shipment-clearance}. */
    public record Request(String amount, String currency) {
    }
}
