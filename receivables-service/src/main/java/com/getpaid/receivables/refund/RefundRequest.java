package com.getpaid.receivables.refund;

import com.getpaid.events.Money;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import com.getpaid.receivables.account.PayRefund;
import com.getpaid.receivables.account.PaymentMethod;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/refunds}. */
public record RefundRequest(
        @Code @Schema(required = true, example = "RF-2026-0002") String refundId,
        @Code @Schema(required = true, example = "C-1001") String customerId,
        @NotNull @Positive @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "400.00")
        BigDecimal amount,
        @NotNull @Schema(required = true, example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}")
        String currency,
        @NotNull @Schema(required = true, example = "2026-11-27") LocalDate paidOn,
        PaymentMethod method) implements Priced {

    @Override
    public Map<String, BigDecimal> amounts() {
        return amount == null ? Map.of() : Map.of("amount", amount);
    }

    /** The command, its amount at the currency's scale. */
    PayRefund command() {
        return new PayRefund(refundId, customerId, Money.scaled(amount, currency), currency, paidOn, method);
    }
}
