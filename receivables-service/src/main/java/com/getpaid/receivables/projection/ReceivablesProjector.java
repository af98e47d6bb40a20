package com.getpaid.receivables.projection;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.ApprovalGiven;
import com.getpaid.events.receivables.ApprovalRefused;
import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.receivables.CollectionActivityRecorded;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.DisputeConfirmed;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.receivables.InvoiceDueDateSet;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.events.store.Projector;
import com.getpaid.events.store.Sql;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.receivables.account.DunningLadder;
import com.getpaid.receivables.statement.Confirmation;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * Keeps the receivables read models (invoices, payments, allocations, credit notes, write-offs) in step with the
 * account events, in the transaction that appends them.
 */
@ApplicationScoped
public class ReceivablesProjector implements Projector {

    private final DunningLadder ladder;

    public ReceivablesProjector(DunningLadder ladder) {
        this.ladder = ladder;
    }

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("invoice_view", "payment_view", "allocation_view", "credit_note_view", "write_off_view",
                "refund_view", "credit_applied_view", "credit_balance_view",
                "statement_confirmation_view", "promise_view", "dispute_view",
                "collection_activity_view", "approval_view");
    }

    /** Every account event changes a read model. */
    private static final Dispatch<At, ReceivableEvent> TABLE = Dispatch.<At, ReceivableEvent>over(ReceivableEvent.class)
            .on(InvoiceIssued.class, (at, e) -> at.projector().invoiceIssued(at.c(), e))
            .on(InvoiceDueDateSet.class, (at, e) -> at.projector().invoiceDueDateSet(at.c(), e))
            .on(PaymentReceived.class, (at, e) -> at.projector().paymentReceived(at.c(), e))
            .on(CreditNoteIssued.class, (at, e) -> at.projector().creditNoteIssued(at.c(), e))
            .on(InvoiceWrittenOff.class, (at, e) -> at.projector().invoiceWrittenOff(at.c(), e))
            .on(InvoiceReinstated.class, (at, e) -> at.projector().invoiceReinstated(at.c(), e))
            .on(CreditApplied.class, (at, e) -> at.projector().creditApplied(at.c(), at.stored(), e))
            .on(RefundPaid.class, (at, e) -> at.projector().refundPaid(at.c(), e))
            .on(StatementConfirmed.class, (at, e) -> at.projector().statementConfirmed(at.c(), at.stored(), e))
            .on(PaymentOverdue.class, (at, e) -> at.projector().paymentOverdue(at.c(), e))
            .on(PaymentDueSoon.class, (at, e) -> at.projector().paymentDueSoon(at.c(), e))
            .on(PromiseRecorded.class, (at, e) -> at.projector().promiseRecorded(at.c(), e))
            .on(DisputeOpened.class, (at, e) -> at.projector().disputeOpened(at.c(), e))
            .on(DisputeConfirmed.class, (at, e) -> at.projector().disputeConfirmed(at.c(), e))
            .on(DisputeResolved.class, (at, e) -> at.projector().disputeResolved(at.c(), e))
            .on(CollectionActivityRecorded.class, (at, e) -> at.projector().collectionActivityRecorded(at.c(), at.stored(), e))
            .on(PromiseKept.class, (at, e) -> at.projector().promiseKept(at.c(), e))
            .on(PromiseBroken.class, (at, e) -> at.projector().promiseBroken(at.c(), e))
            .on(ApprovalRequested.class, (at, e) -> at.projector().approvalRequested(at.c(), e))
            .on(ApprovalGiven.class, (at, e) -> at.projector().approvalDecided(at.c(), e.approvalId(), "APPROVED",
                    e.approvedBy(), e.approvedOn(), null))
            .on(ApprovalRefused.class, (at, e) -> at.projector().approvalDecided(at.c(), e.approvalId(), "REJECTED",
                    e.refusedBy(), e.refusedOn(), e.reason()))
            .build();

    private record At(ReceivablesProjector projector, Connection c, StoredEvent stored) {
    }

    @Override
    public void project(Connection c, StoredEvent stored) throws Exception {
        if (stored.event() instanceof ReceivableEvent event) {
            TABLE.handle(new At(this, c, stored), event);
        }
    }

    private void approvalRequested(Connection c, ApprovalRequested e) throws Exception {
        Sql.update(c, "INSERT INTO approval_view (approval_id, customer_id, kind, reference, invoice_id, amount, currency, "
                + "reason, status, requested_by, requested_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING_APPROVAL', ?, ?)",
                e.approvalId(), e.customerId(), e.kind(), e.reference(), e.invoiceId(), e.amount(), e.currency(), e.reason(),
                e.requestedBy(), e.requestedOn());
    }

    private void approvalDecided(Connection c, String approvalId, String status, String by, java.time.LocalDate on,
            String rejection) throws Exception {
        Sql.update(c, "UPDATE approval_view SET status = ?, decided_by = ?, decided_on = ?, rejection = ? "
                + "WHERE approval_id = ?", status, by, on, rejection, approvalId);
    }

    private void invoiceIssued(Connection c, InvoiceIssued e) throws Exception {
        Sql.update(c, "INSERT INTO invoice_view (invoice_id, customer_id, delivery_ref, issue_date, due_date, amount, "
                + "open_amount, currency, dunning_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", e.invoiceId(), e.customerId(),
                e.deliveryRef(), e.issueDate(), e.dueDate(), e.amount(), e.amount(), e.currency());
        nextDunning(c, e.invoiceId());
    }

    private void invoiceDueDateSet(Connection c, InvoiceDueDateSet e) throws Exception {
        Sql.update(c, "UPDATE invoice_view SET due_date = ? WHERE invoice_id = ?", e.dueDate(), e.invoiceId());
        nextDunning(c, e.invoiceId());
    }

    private void paymentReceived(Connection c, PaymentReceived e) throws Exception {
        Sql.update(c, "INSERT INTO payment_view (payment_id, customer_id, amount, currency, received_on, method, unallocated) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", e.paymentId(), e.customerId(), e.amount(), e.currency(), e.receivedOn(),
                e.method(), e.unallocated());
        for (Allocation a : e.allocations()) {
            Sql.update(c, "INSERT INTO allocation_view (payment_id, invoice_id, amount, received_on) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (payment_id, invoice_id) DO UPDATE SET amount = allocation_view.amount + excluded.amount",
                    e.paymentId(), a.invoiceId(), a.amount(), e.receivedOn());
            Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount - ? WHERE invoice_id = ?", a.amount(),
                    a.invoiceId());
        }
        addCredit(c, e.customerId(), e.currency(), e.unallocated());
    }

    private void creditNoteIssued(Connection c, CreditNoteIssued e) throws Exception {
        Sql.update(c, "INSERT INTO credit_note_view (credit_note_id, customer_id, invoice_id, amount, currency, issue_date, "
                + "reason, complaint_id, applied, to_credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.creditNoteId(),
                e.customerId(), e.invoiceId(), e.amount(), e.currency(), e.issueDate(), e.reason(), e.complaintId(),
                e.applied(), e.toCredit());
        if (e.invoiceId() != null) {
            Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount - ? WHERE invoice_id = ?", e.applied(),
                    e.invoiceId());
        }
        addCredit(c, e.customerId(), e.currency(), e.toCredit());
    }

    private void invoiceWrittenOff(Connection c, InvoiceWrittenOff e) throws Exception {
        Sql.update(c, "INSERT INTO write_off_view (write_off_id, invoice_id, customer_id, amount, currency, written_off_on, "
                + "reason, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.writeOffId(), e.invoiceId(), e.customerId(),
                e.amount(), e.currency(), e.writtenOffOn(), e.reason(), e.approvedBy());
        Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount - ?, written_off = ? WHERE invoice_id = ?",
                e.amount(), e.amount(), e.invoiceId());
    }

    private void invoiceReinstated(Connection c, InvoiceReinstated e) throws Exception {
        Sql.update(c, "UPDATE write_off_view SET reinstated_on = ?, reinstated_by = ? WHERE write_off_id = ?",
                e.reinstatedOn(), e.paymentId(), e.writeOffId());
        Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount + ?, written_off = 0 WHERE invoice_id = ?",
                e.amount(), e.invoiceId());
    }

    private void creditApplied(Connection c, StoredEvent stored, CreditApplied e) throws Exception {
        for (Allocation a : e.allocations()) {
            Sql.update(c, "INSERT INTO credit_applied_view (event_id, invoice_id, customer_id, amount, currency, applied_on) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", stored.eventId(), a.invoiceId(), e.customerId(), a.amount(), e.currency(),
                    e.appliedOn());
            Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount - ? WHERE invoice_id = ?", a.amount(),
                    a.invoiceId());
            addCredit(c, e.customerId(), e.currency(), a.amount().negate());
        }
    }

    private void refundPaid(Connection c, RefundPaid e) throws Exception {
        Sql.update(c, "INSERT INTO refund_view (refund_id, customer_id, amount, currency, paid_on, method) "
                + "VALUES (?, ?, ?, ?, ?, ?)", e.refundId(), e.customerId(), e.amount(), e.currency(), e.paidOn(), e.method());
        addCredit(c, e.customerId(), e.currency(), e.amount().negate());
    }

    private void statementConfirmed(Connection c, StoredEvent stored, StatementConfirmed e) throws Exception {
        Sql.update(c, "INSERT INTO statement_confirmation_view (position, customer_id, period, confirmation) "
                + "VALUES (?, ?, ?, ?::jsonb)", stored.position(), e.customerId(), e.period(),
                Json.write(Confirmation.of(e)));
    }

    private void paymentOverdue(Connection c, PaymentOverdue e) throws Exception {
        Sql.update(c, "UPDATE invoice_view SET dunning_level = ?, dunning_stage = ? WHERE invoice_id = ? "
                + "AND dunning_level < ?", e.dunningLevel(), e.stage(), e.invoiceId(), e.dunningLevel());
        nextDunning(c, e.invoiceId());
    }

    private void paymentDueSoon(Connection c, PaymentDueSoon e) throws Exception {
        Sql.update(c, "UPDATE invoice_view SET pre_due_sent = least(coalesce(pre_due_sent, ?), ?) WHERE invoice_id = ?",
                e.daysBefore(), e.daysBefore(), e.invoiceId());
        nextDunning(c, e.invoiceId());
    }

    private void promiseRecorded(Connection c, PromiseRecorded e) throws Exception {
        Sql.update(c, "INSERT INTO promise_view (promise_id, customer_id, invoice_ids, amount, currency, promised_for, "
                + "recorded_by, recorded_on, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')", e.promiseId(), e.customerId(),
                e.invoiceIds().toArray(new String[0]), e.amount(), e.currency(), e.promisedFor(), e.recordedBy(),
                e.recordedOn());
        pauses(c, e.invoiceIds());
    }

    private void disputeOpened(Connection c, DisputeOpened e) throws Exception {
        Sql.update(c, "INSERT INTO dispute_view (dispute_id, invoice_id, customer_id, amount, currency, reason, complaint_id, "
                + "raised_by, opened_on, review_by, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.disputeId(), e.invoiceId(),
                e.customerId(), e.amount(), e.currency(), e.reason(), e.complaintId(), e.raisedBy(), e.openedOn(), e.reviewBy(),
                e.awaitingConfirmation() ? "UNCONFIRMED" : "OPEN");
        Sql.update(c, "UPDATE invoice_view SET disputed = disputed + ? WHERE invoice_id = ?", e.amount(), e.invoiceId());
    }

    private void disputeConfirmed(Connection c, DisputeConfirmed e) throws Exception {
        Sql.update(c, "UPDATE dispute_view SET status = 'OPEN', confirmed_by = ?, confirmed_on = ? WHERE dispute_id = ?",
                e.confirmedBy(), e.confirmedOn(), e.disputeId());
    }

    private void disputeResolved(Connection c, DisputeResolved e) throws Exception {
        Sql.update(c, "UPDATE dispute_view SET status = 'RESOLVED', outcome = ?, credit_note_id = ?, credit_note_amount = ?, "
                + "resolved_by = ?, resolved_on = ? WHERE dispute_id = ?", e.outcome(), e.creditNoteId(),
                e.creditNoteAmount(), e.resolvedBy(), e.resolvedOn(), e.disputeId());
        Sql.update(c, "UPDATE invoice_view SET disputed = disputed - ? WHERE invoice_id = ?", e.amount(), e.invoiceId());
    }

    private void collectionActivityRecorded(Connection c, StoredEvent stored, CollectionActivityRecorded e) throws Exception {
        Sql.update(c, "INSERT INTO collection_activity_view (position, item_id, customer_id, currency, on_date, outcome, note, "
                + "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", stored.position(), e.itemId(), e.customerId(), e.currency(),
                e.on(), e.outcome(), e.note(), e.recordedBy());
    }

    private void promiseKept(Connection c, PromiseKept e) throws Exception {
        judged(c, e.promiseId(), "KEPT", e.paid(), e.keptOn(), e.invoiceIds());
    }

    private void promiseBroken(Connection c, PromiseBroken e) throws Exception {
        judged(c, e.promiseId(), e.outcome(), e.paid(), e.judgedOn(), e.invoiceIds());
    }

    private static void addCredit(Connection c, String customerId, String currency, java.math.BigDecimal amount) throws Exception {
        if (amount.signum() != 0) {
            Sql.update(c, "INSERT INTO credit_balance_view (customer_id, currency, amount) VALUES (?, ?, ?) "
                    + "ON CONFLICT (customer_id, currency) DO UPDATE SET amount = credit_balance_view.amount + excluded.amount",
                    customerId, currency, amount);
        }
    }

    /** When the overdue scan next needs to look at the invoice, by the configured ladder. */
    private void nextDunning(Connection c, String invoiceId) throws Exception {
        var row = Sql.one(c, "SELECT issue_date, due_date, pre_due_sent, dunning_level FROM invoice_view WHERE invoice_id = ?",
                rs -> new Object[] { Sql.date(rs, "issue_date"), Sql.date(rs, "due_date"), (Integer) rs.getObject(3),
                        rs.getInt(4) }, invoiceId);
        if (row.isPresent()) { // an event about an invoice the view lacks changes nothing here, as the updates above
            Object[] r = row.get();
            Sql.update(c, "UPDATE invoice_view SET next_dunning_on = ? WHERE invoice_id = ?", ladder.nextOn(
                    (java.time.LocalDate) r[0], (java.time.LocalDate) r[1], (Integer) r[2], (Integer) r[3]), invoiceId);
        }
    }

    private void judged(Connection c, String promiseId, String status, java.math.BigDecimal paid, java.time.LocalDate on,
            java.util.List<String> invoiceIds) throws Exception {
        Sql.update(c, "UPDATE promise_view SET status = ?, paid = ?, judged_on = ? WHERE promise_id = ?", status, paid, on,
                promiseId);
        pauses(c, invoiceIds);
    }

    /** An invoice is paused until the last day (promised day and tolerance) of the open promises that cover it. */
    private void pauses(Connection c, java.util.List<String> invoiceIds) throws Exception {
        for (String invoiceId : invoiceIds) {
            Sql.update(c, "UPDATE invoice_view SET paused_until = (SELECT max(promised_for) + ? FROM promise_view "
                    + "WHERE status = 'OPEN' AND ? = ANY (invoice_ids)) WHERE invoice_id = ?", ladder.promiseToleranceDays(),
                    invoiceId, invoiceId);
        }
    }
}
