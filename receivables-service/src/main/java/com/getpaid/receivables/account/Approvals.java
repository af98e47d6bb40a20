package com.getpaid.receivables.account;

import com.getpaid.events.receivables.ApprovalGiven;
import com.getpaid.events.receivables.ApprovalRefused;
import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Four eyes where money leaves (四眼原则): a credit note, refund or write-off the policy puts above one person is
 * requested, and carried out only when a second person approves it. A part of {@link ReceivablesAccount}.
 */
final class Approvals {

    private Approvals() {
    }

    static String approvalId(String kind, String reference) {
        return switch (kind) {
            case ApprovalRequested.CREDIT_NOTE -> "credit-note-" + reference;
            case ApprovalRequested.REFUND -> "refund-" + reference;
            default -> "write-off-" + reference;
        };
    }

    /** The note at once when one person may issue it; else the request. Either way checked as the note would be. */
    static List<ReceivableEvent> creditNote(ReceivablesAccount acc, IssueCreditNote c, ApprovalPolicy policy, String by,
            LocalDate today) {
        List<ReceivableEvent> direct = Credits.issueCreditNote(acc, c);
        if (c.invoiceId() != null && !policy.above(c.amount(), c.currency())) {
            return direct;
        }
        return request(acc, new ApprovalRequested(approvalId(ApprovalRequested.CREDIT_NOTE, c.creditNoteId()), c.customerId(),
                ApprovalRequested.CREDIT_NOTE, c.creditNoteId(), c.invoiceId(), c.amount(), c.currency(), c.issueDate(),
                c.reason(), c.complaintId(), null, by, today));
    }

    static List<ReceivableEvent> refund(ReceivablesAccount acc, PayRefund c, ApprovalPolicy policy, String by,
            LocalDate today) {
        List<ReceivableEvent> direct = Credits.refund(acc, c);
        if (!policy.above(c.amount(), c.currency())) {
            return direct;
        }
        return request(acc, new ApprovalRequested(approvalId(ApprovalRequested.REFUND, c.refundId()), c.customerId(),
                ApprovalRequested.REFUND, c.refundId(), null, c.amount(), c.currency(), c.paidOn(), null, null,
                PaymentMethod.nameOf(c.method()), by, today));
    }

    /** {@code c.approvedBy()} is the caller: below the threshold the caller's word suffices. */
    static List<ReceivableEvent> writeOff(ReceivablesAccount acc, WriteOffInvoice c, ApprovalPolicy policy) {
        List<ReceivableEvent> direct = Credits.writeOff(acc, c);
        InvoiceWrittenOff e = (InvoiceWrittenOff) direct.get(0);
        if (!policy.above(e.amount(), e.currency())) {
            return direct;
        }
        return request(acc, new ApprovalRequested(approvalId(ApprovalRequested.WRITE_OFF, c.writeOffId()), c.customerId(),
                ApprovalRequested.WRITE_OFF, c.writeOffId(), c.invoiceId(), e.amount(), e.currency(), c.writtenOffOn(),
                c.reason(), null, null, c.approvedBy(), c.writtenOffOn()));
    }

    private static List<ReceivableEvent> request(ReceivablesAccount acc, ApprovalRequested requested) {
        if (acc.approvalIds.contains(requested.approvalId())) {
            throw new AlreadyRecorded("approvalId", "Approval " + requested.approvalId() + " was already requested");
        }
        return List.of(requested);
    }

    /**
     * Approves a pending request and carries it out in the same decision, once: checked again against the account as
     * it is now (a refund still needs the credit balance, a write-off takes what is open now). Never by its requester.
     */
    static List<ReceivableEvent> approve(ReceivablesAccount acc, String approvalId, String by, LocalDate today) {
        ApprovalRequested r = pending(acc, approvalId);
        if (r.requestedBy().equals(by)) {
            throw new RuleViolated("approvedBy", "Four eyes: " + by + " requested " + approvalId
                    + " and cannot approve it too; a second credit manager must");
        }
        List<ReceivableEvent> events = new ArrayList<>();
        events.add(new ApprovalGiven(r.approvalId(), r.customerId(), r.kind(), r.reference(), r.requestedBy(), by, today));
        events.addAll(switch (r.kind()) {
            case ApprovalRequested.CREDIT_NOTE -> Credits.issueCreditNote(acc, new IssueCreditNote(r.reference(),
                    r.customerId(), r.invoiceId(), r.amount(), r.currency(), r.onDay(), r.reason(), r.complaintId()));
            case ApprovalRequested.REFUND -> Credits.refund(acc, new PayRefund(r.reference(), r.customerId(), r.amount(),
                    r.currency(), r.onDay(), r.method() == null ? null : PaymentMethod.valueOf(r.method())));
            default -> Credits.writeOff(acc, new WriteOffInvoice(r.reference(), r.invoiceId(), r.customerId(), today,
                    r.reason(), by));
        });
        return events;
    }

    /** Refuses a pending request: nothing is carried out. Its requester may withdraw it so. */
    static List<ReceivableEvent> refuse(ReceivablesAccount acc, String approvalId, String by, String reason,
            LocalDate today) {
        ApprovalRequested r = pending(acc, approvalId);
        return List.of(new ApprovalRefused(r.approvalId(), r.customerId(), r.kind(), r.reference(), r.requestedBy(), by,
                reason, today));
    }

    private static ApprovalRequested pending(ReceivablesAccount acc, String approvalId) {
        ApprovalRequested r = acc.pendingApprovals.get(approvalId);
        if (r == null && acc.approvalIds.contains(approvalId)) {
            throw new AlreadyRecorded("approvalId", "Approval " + approvalId + " was already approved or refused");
        }
        if (r == null) {
            throw new NotFound("No approval '" + approvalId + "'");
        }
        return r;
    }
}
