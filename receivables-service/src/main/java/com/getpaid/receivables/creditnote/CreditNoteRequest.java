package com.getpaid.receivables.creditnote;

import com.getpaid.events.Money;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import com.getpaid.receivables.account.IssueCreditNote;
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

/** The body of {@code POST /api/credit-notes}. */
public record CreditNoteRequest(
        @Code @Schema(required = true, example = "CN-2026-0007") String creditNoteId,
        @Code @Schema(required = true, example = "C-1001") String customerId,
        @Pattern(regexp = Code.PATTERN) @Schema(example = "INV-2026-00042",
                description = "The invoice it reduces; without it, all of it is credit balance") String invoiceId,
        @NotNull @Positive @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "400.00")
        BigDecimal amount,
        @NotNull @Schema(required = true, example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}")
        String currency,
        @NotNull @Schema(required = true, example = "2026-11-27") LocalDate issueDate,
        @NotBlank @Size(max = CreditNoteRequest.MAX_REASON) @Schema(required = true,
                example = "Cracked housings in batch 2411") String reason, // required: every credit says why
        @Pattern(regexp = Code.PATTERN) @Schema(example = "CMP-000001") String complaintId) implements Priced {

    static final int MAX_REASON = 500;

    @Override
    public Map<String, BigDecimal> amounts() {
        return amount == null ? Map.of() : Map.of("amount", amount);
    }

    /** The command, its amount at the currency's scale and its reason stripped. */
    IssueCreditNote command() {
        return new IssueCreditNote(creditNoteId, customerId, invoiceId, Money.scaled(amount, currency), currency, issueDate,
                reason.strip(), complaintId);
    }
}
