package com.getpaid.receivables.dispute;

import com.getpaid.receivables.account.DisputeOutcome;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/disputes/{id}/resolution}; the credit note's decimals are checked against the dispute's
 * currency once it is known (by the resource).
 */
public record ResolutionRequest(
        @NotNull @Schema(required = true, example = "SETTLED") DisputeOutcome outcome,
        @Positive @Digits(integer = 15, fraction = 4) @Schema(type = SchemaType.STRING, format = "decimal",
                description = "A credit note of this amount on the invoice (UPHELD or SETTLED only)", example = "250.00")
        BigDecimal creditNoteAmount,
        @Size(max = 200) @Schema(example = "Wang Fang (credit manager)", deprecated = true, description = "Accepted as before and ignored: who resolves it is the caller's token") String resolvedBy) {

    record Checked(DisputeOutcome outcome, BigDecimal creditNoteAmount) {
    }

    Checked checked() {
        return new Checked(outcome, creditNoteAmount);
    }
}
