package com.getpaid.customer.limit;

import com.getpaid.kit.validation.Priced;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/customers/{id}/credit-limit}: the limit in one currency, and why. */
public record CreditLimitRequest(
        @NotNull @PositiveOrZero @Schema(type = SchemaType.STRING, format = "decimal", example = "80000.00")
        BigDecimal creditLimit,
        @NotNull @Schema(example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}") String currency,
        @NotBlank @Size(max = 2000) @Schema(example = "Two years of payments on time") String reason) implements Priced {

    @Override
    public Map<String, BigDecimal> amounts() {
        return creditLimit == null ? Map.of() : Map.of("creditLimit", creditLimit);
    }
}
