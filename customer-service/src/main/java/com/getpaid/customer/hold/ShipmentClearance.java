package com.getpaid.customer.hold;

import com.getpaid.events.customers.HoldReason;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to "may we ship this order?": cleared or not, with every reason and the numbers. */
public record ShipmentClearance(boolean cleared, List<HoldReason> reasons, BigDecimal exposure, BigDecimal creditLimit,
        BigDecimal availableCredit, String currency) {

    /** The body of {@code POST /api/customers/{id}/shipment-clearance}. */
    public record Request(
            @Schema(example = "2000.00") String amount,
            @Schema(example = "CNY") String currency) {
    }
}
