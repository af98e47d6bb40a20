package com.getpaid.receivables.worklist;

import com.getpaid.kit.api.Check;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/worklist/{itemId}/outcome}, as sent: checked field by field. */
public record OutcomeRequest(
        @Schema(example = "PROMISED", enumeration = { "REACHED", "NO_ANSWER", "PROMISED", "DISPUTED", "PAID" }) String outcome,
        @Schema(example = "Mr Zhang will pay on the 28th after the board signs") String note) {

    static final Set<String> OUTCOMES = Set.of("REACHED", "NO_ANSWER", "PROMISED", "DISPUTED", "PAID");

    record Checked(String outcome, String note) {
    }

    Checked validate() {
        Check check = new Check();
        String what = check.oneOf("outcome", outcome, OUTCOMES);
        String said = check.optionalText("note", note, 2000);
        check.done();
        return new Checked(what, said);
    }
}
