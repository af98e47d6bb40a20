package com.getpaid.receivables.creditnote;

import com.getpaid.kit.api.Check;
import com.getpaid.receivables.account.IssueCreditNote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/credit-notes}, as sent: checked field by field before use. */
public record CreditNoteRequest(
        @Schema(example = "CN-2026-0007") String creditNoteId,
        @Schema(example = "C-1001") String customerId,
        @Schema(example = "INV-2026-00042", description = "The invoice it reduces; without it, all of it is credit balance")
        String invoiceId,
        @Schema(example = "400.00") String amount,
        @Schema(example = "CNY") String currency,
        @Schema(example = "2026-11-27") String issueDate,
        @Schema(example = "Cracked housings in batch 2411") String reason,
        @Schema(example = "CMP-000001") String complaintId) {

    static final int MAX_REASON = 500;

    IssueCreditNote validate() {
        Check check = new Check();
        String id = check.id("creditNoteId", creditNoteId);
        String customer = check.id("customerId", customerId);
        String invoice = invoiceId == null ? null : check.id("invoiceId", invoiceId);
        Currency cur = check.currency("currency", currency);
        BigDecimal value = check.amount("amount", amount, cur, false);
        LocalDate issued = check.date("issueDate", issueDate, true);
        String why = check.text("reason", reason, MAX_REASON); // required: every credit says why
        String complaint = complaintId == null ? null : check.id("complaintId", complaintId);
        check.done();
        return new IssueCreditNote(id, customer, invoice, value, cur.getCurrencyCode(), issued, why, complaint);
    }
}
