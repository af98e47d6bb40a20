package com.getpaid.customer.clearance;

import com.getpaid.events.customers.HoldReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import com.getpaid.kit.validation.Priced;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to "may we ship this order?": cleared or not, with every reason and the numbers. */
public record ShipmentClearance(boolean cleared, List<HoldReason> reasons, BigDecimal exposure, BigDecimal creditLimit,
        BigDecimal availableCredit, String currency) {

    /** The body of {@code POST /api/customers/{id}/shipment-clearance}. */
    public record Request(
            @NotNull @Positive @Schema(type = SchemaType.STRING, format = "decimal", example = "2000.00") BigDecimal amount,
            @NotNull @Schema(example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}") String currency) implements Priced {

        @Override
        public Map<String, BigDecimal> amounts() {
            return amount == null ? Map.of() : Map.of("amount", amount);
        }
    }
}
