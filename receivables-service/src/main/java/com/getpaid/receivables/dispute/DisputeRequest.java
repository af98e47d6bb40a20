package com.getpaid.receivables.dispute;

import com.getpaid.events.Money;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/disputes}. */
public record DisputeRequest(
        @Code @Schema(required = true, example = "DSP-2026-0003") String disputeId,
        @Code @Schema(required = true, example = "INV-2026-00042") String invoiceId,
        @NotNull @Positive @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "400.00")
        BigDecimal amount,
        @NotNull @Schema(required = true, example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}")
        String currency,
        @NotBlank @Size(max = 500) @Schema(required = true, example = "Batch 2411 arrived with cracked housings") String reason,
        @Pattern(regexp = Code.PATTERN) @Schema(example = "CMP-000001") String complaintId,
        @Schema(example = "2026-12-16", description = "When a credit manager reviews the dispute: from today to "
                + "receivables.dispute.max-review-days (30) ahead; left out, receivables.dispute.review-days (14) from today")
        LocalDate reviewBy,
        @Size(max = 200) @Schema(example = "Li Na (collector)", deprecated = true, description = "Accepted as before and ignored: who raised it is the caller's token") String raisedBy)
        implements Priced {

    /** The checked request; the customer is the invoice's. */
    record Checked(String disputeId, String invoiceId, BigDecimal amount, String currency, String reason, String complaintId,
            LocalDate reviewBy) {
    }

    @Override
    public Map<String, BigDecimal> amounts() {
        return amount == null ? Map.of() : Map.of("amount", amount);
    }

    /** The request as recorded: its amount at the currency's scale, texts stripped. */
    Checked checked() {
        return new Checked(disputeId, invoiceId, Money.scaled(amount, currency), Money.currency(currency).getCurrencyCode(),
                reason.strip(), complaintId, reviewBy);
    }
}
