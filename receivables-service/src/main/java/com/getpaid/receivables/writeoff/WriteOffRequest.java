package com.getpaid.receivables.writeoff;

import com.getpaid.kit.validation.Code;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/write-offs}. */
public record WriteOffRequest(
        @Code @Schema(required = true, example = "WO-2026-0003") String writeOffId,
        @Code @Schema(required = true, example = "INV-2026-00042") String invoiceId,
        @NotBlank @Size(max = WriteOffRequest.MAX_TEXT) @Schema(required = true,
                example = "Customer insolvent, claim filed with the administrator") String reason,
        @Size(max = 200) @Schema(example = "Wang Fang (credit manager)", deprecated = true, description = "Accepted as "
                + "before and ignored: who approves is the caller's token (the event's approvedBy), or above the "
                + "approval threshold the second credit manager who approves the request") String approvedBy) {

    static final int MAX_TEXT = 500;

    /** The request as recorded: ids and the reason (stripped), the customer and day still to be found. */
    record Checked(String writeOffId, String invoiceId, String reason) {
    }

    Checked checked() {
        return new Checked(writeOffId, invoiceId, reason.strip());
    }
}
