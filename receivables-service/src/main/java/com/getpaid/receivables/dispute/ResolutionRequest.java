package com.getpaid.receivables.dispute;

import com.getpaid.kit.api.Check;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/disputes/{id}/resolution}, as sent: checked field by field before use. */
public record ResolutionRequest(
        @Schema(example = "SETTLED", enumeration = { "UPHELD", "REJECTED", "SETTLED" }) String outcome,
        @Schema(description = "A credit note of this amount on the invoice (UPHELD or SETTLED only)", example = "250.00")
        String creditNoteAmount,
        @Schema(example = "Wang Fang (credit manager)") String resolvedBy) {

    static final Set<String> OUTCOMES = Set.of("UPHELD", "REJECTED", "SETTLED");

    record Checked(String outcome, String creditNoteAmount, String resolvedBy) {
    }

    Checked validate() {
        Check check = new Check();
        String how = check.oneOf("outcome", outcome, OUTCOMES);
        String by = check.text("resolvedBy", resolvedBy, 200);
        check.done();
        return new Checked(how, creditNoteAmount, by);
    }

    /** The credit note's amount in the dispute's currency, checked once the currency is known. */
    static BigDecimal amountIn(String creditNoteAmount, String currency) {
        if (creditNoteAmount == null) {
            return null;
        }
        Check check = new Check();
        BigDecimal amount = check.amount("creditNoteAmount", creditNoteAmount, Currency.getInstance(currency), false);
        check.done();
        return amount;
    }
}
