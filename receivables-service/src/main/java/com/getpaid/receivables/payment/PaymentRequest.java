package com.getpaid.receivables.payment;

import com.getpaid.events.Money;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import com.getpaid.receivables.account.PaymentMethod;
import com.getpaid.receivables.account.ReceivePayment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/payments}; without allocations the payment goes to the oldest due invoices first. */
public record PaymentRequest(
        @Code @Schema(required = true, example = "BANK-20261120-0007") String paymentId,
        @Code @Schema(required = true, example = "C-1001") String customerId,
        @NotNull @Positive @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "1200.50")
        BigDecimal amount,
        @NotNull @Schema(required = true, example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}")
        String currency,
        @NotNull @Schema(required = true, example = "2026-11-20") LocalDate receivedOn,
        PaymentMethod method,
        @Size(max = PaymentRequest.MAX_ALLOCATIONS) List<@NotNull @Valid AllocationRequest> allocations) implements Priced {

    /** A payment names at most this many invoices (a bank statement line rarely settles more). */
    static final int MAX_ALLOCATIONS = 1000;

    public record AllocationRequest(
            @Code @Schema(required = true, example = "INV-2026-00042") String invoiceId,
            @NotNull @Positive @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "1200.50")
            BigDecimal amount) {
    }

    @Override
    public Map<String, BigDecimal> amounts() {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("amount", amount);
        if (allocations != null) {
            for (int n = 0; n < allocations.size(); n++) {
                if (allocations.get(n) != null) {
                    amounts.put("allocations[" + n + "].amount", allocations.get(n).amount());
                }
            }
        }
        return amounts;
    }

    /** The command, its amounts at the currency's scale (so "1200.5" and "1200.50" are the same request). */
    ReceivePayment command() {
        return new ReceivePayment(paymentId, customerId, Money.scaled(amount, currency), currency, receivedOn, method,
                allocations == null ? null : allocations.stream().map(a -> new Allocation(a.invoiceId(),
                        Money.scaled(a.amount(), currency))).toList());
    }
}
