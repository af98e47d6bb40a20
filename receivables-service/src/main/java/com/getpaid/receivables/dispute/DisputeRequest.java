package com.getpaid.receivables.dispute;

import com.getpaid.kit.api.Check;
import java.math.BigDecimal;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/disputes}, as sent: checked field by field before use. */
public record DisputeRequest(
        @Schema(example = "DSP-2026-0003") String disputeId,
        @Schema(example = "INV-2026-00042") String invoiceId,
        @Schema(example = "400.00") String amount,
        @Schema(example = "CNY") String currency,
        @Schema(example = "Batch 2411 arrived with cracked housings") String reason,
        @Schema(example = "CMP-000001") String complaintId,
        @Schema(example = "Li Na (collector)") String raisedBy) {

    /** The checked request; the customer is the invoice's. */
    record Checked(String disputeId, String invoiceId, BigDecimal amount, String currency, String reason, String complaintId,
            String raisedBy) {
    }

    Checked validate() {
        Check check = new Check();
        String id = check.id("disputeId", disputeId);
        String invoice = check.id("invoiceId", invoiceId);
        Currency cur = check.currency("currency", currency);
        BigDecimal value = cur == null ? null : check.amount("amount", amount, cur, false);
        String why = check.text("reason", reason, 500);
        String complaint = complaintId == null ? null : check.id("complaintId", complaintId);
        String by = check.text("raisedBy", raisedBy, 200);
        check.done();
        return new Checked(id, invoice, value, cur.getCurrencyCode(), why, complaint, by);
    }
}
