package com.getpaid.receivables.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request that money leave an account, as shown: PENDING_APPROVAL until a second person approves or rejects it. */
public record ApprovalView(
        @Schema(example = "credit-note-CN-2026-0009") String approvalId,
        @Schema(example = "C-1001") String customerId,
        @Schema(enumeration = { "CREDIT_NOTE", "REFUND", "WRITE_OFF" }) String kind,
        @Schema(example = "CN-2026-0009", description = "The creditNoteId, refundId or writeOffId it carries out")
        String reference,
        String invoiceId,
        @Schema(example = "100000.00") BigDecimal amount,
        @Schema(example = "CNY") String currency,
        String reason,
        @Schema(enumeration = { "PENDING_APPROVAL", "APPROVED", "REJECTED" }) String status,
        @Schema(example = "erp-system", description = "From the requester's token") String requestedBy,
        LocalDate requestedOn,
        @Schema(example = "wang.fang", description = "Who approved or rejected it, from their token") String decidedBy,
        LocalDate decidedOn,
        @Schema(description = "Why it was rejected") String rejection) {

    public static final String PENDING = "PENDING_APPROVAL";
}
