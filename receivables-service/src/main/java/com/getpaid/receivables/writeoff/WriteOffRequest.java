package com.getpaid.receivables.writeoff;

import com.getpaid.kit.api.Check;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/write-offs}, as sent: checked field by field before use. */
public record WriteOffRequest(
        @Schema(example = "WO-2026-0003") String writeOffId,
        @Schema(example = "INV-2026-00042") String invoiceId,
        @Schema(example = "Customer insolvent, claim filed with the administrator") String reason,
        @Schema(example = "Wang Fang (credit manager)") String approvedBy) {

    static final int MAX_TEXT = 500;

    /** The checked request: ids and texts, the customer and day still to be found. */
    record Checked(String writeOffId, String invoiceId, String reason, String approvedBy) {
    }

    Checked validate() {
        Check check = new Check();
        String id = check.id("writeOffId", writeOffId);
        String invoice = check.id("invoiceId", invoiceId);
        String why = check.text("reason", reason, MAX_TEXT);
        String approver = check.text("approvedBy", approvedBy, 200);
        check.done();
        return new Checked(id, invoice, why, approver);
    }
}
