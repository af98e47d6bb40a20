package com.getpaid.receivables.account;

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
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.kit.dispatch.Dispatch;
import java.math.BigDecimal;

/**
 * What each event changes in the account's state (the state the decisions read). A part of {@link
 * ReceivablesAccount}.
 */
final class Applying {

    private Applying() {
    }

    /** What each event changes in the account; the statement and collectors' notes change nothing it decides on. */
    static final Dispatch<ReceivablesAccount, ReceivableEvent> TABLE = Dispatch
            .<ReceivablesAccount, ReceivableEvent>over(ReceivableEvent.class)
            .on(InvoiceIssued.class, (acc, e) -> {
                acc.invoices.put(e.invoiceId(), new Invoice(e));
            })
            .on(InvoiceDueDateSet.class, (acc, e) -> {
                acc.invoices.get(e.invoiceId()).dueDate = e.dueDate();
            })
            .on(PaymentReceived.class, (acc, e) -> {
                acc.payments.add(e.paymentId());
                for (Allocation a : e.allocations()) {
                    Invoice invoice = acc.invoices.get(a.invoiceId());
                    invoice.open = invoice.open.subtract(a.amount());
                }
                acc.openPromises.values().forEach(p -> p.paid = p.paid.add(Promising.towards(p, e.allocations())));
                acc.credit.merge(e.currency(), e.unallocated(), BigDecimal::add);
            })
            .on(CreditNoteIssued.class, (acc, e) -> {
                acc.creditNotes.add(e.creditNoteId());
                if (e.invoiceId() != null) {
                    Invoice invoice = acc.invoices.get(e.invoiceId());
                    invoice.open = invoice.open.subtract(e.applied());
                }
                acc.credit.merge(e.currency(), e.toCredit(), BigDecimal::add);
            })
            .on(InvoiceWrittenOff.class, (acc, e) -> {
                acc.writeOffs.add(e.writeOffId());
                Invoice invoice = acc.invoices.get(e.invoiceId());
                invoice.open = invoice.open.subtract(e.amount());
                invoice.writtenOff = e.amount();
                invoice.writeOffId = e.writeOffId();
                invoice.writtenOffOn = e.writtenOffOn();
            })
            .on(InvoiceReinstated.class, (acc, e) -> {
                Invoice invoice = acc.invoices.get(e.invoiceId());
                invoice.open = invoice.open.add(e.amount());
                invoice.writtenOff = BigDecimal.ZERO;
                invoice.writeOffId = null;
                invoice.writtenOffOn = null;
            })
            .on(CreditApplied.class, (acc, e) -> {
                for (Allocation a : e.allocations()) {
                    Invoice invoice = acc.invoices.get(a.invoiceId());
                    invoice.open = invoice.open.subtract(a.amount());
                }
                acc.openPromises.values().forEach(p -> p.paid = p.paid.add(Promising.towards(p, e.allocations())));
                acc.credit.put(e.currency(), e.remaining());
            })
            .on(RefundPaid.class, (acc, e) -> {
                acc.refunds.add(e.refundId());
                acc.credit.merge(e.currency(), e.amount().negate(), BigDecimal::add);
            })
            .on(PromiseRecorded.class, (acc, e) -> {
                acc.promiseIds.add(e.promiseId());
                acc.openPromises.put(e.promiseId(), new OpenPromise(e));
            })
            .on(PromiseKept.class, (acc, e) -> {
                acc.openPromises.remove(e.promiseId());
            })
            .on(PromiseBroken.class, (acc, e) -> {
                acc.openPromises.remove(e.promiseId());
            })
            .on(DisputeOpened.class, (acc, e) -> {
                acc.disputeInvoices.put(e.disputeId(), e.invoiceId());
                acc.invoices.get(e.invoiceId()).disputes.put(e.disputeId(), e);
            })
            .on(DisputeConfirmed.class, (acc, e) -> {
                acc.invoices.get(e.invoiceId()).disputes.computeIfPresent(e.disputeId(), (id, d) -> d.confirmed());
            })
            .on(DisputeResolved.class, (acc, e) -> {
                acc.invoices.get(e.invoiceId()).disputes.remove(e.disputeId());
            })
            .on(PaymentDueSoon.class, (acc, e) -> {
                Invoice invoice = acc.invoices.get(e.invoiceId());
                invoice.preDueSent = invoice.preDueSent == null ? e.daysBefore() : Math.min(invoice.preDueSent, e.daysBefore());
            })
            .on(PaymentOverdue.class, (acc, e) -> {
                acc.invoices.get(e.invoiceId()).dunningLevel = Math.max(acc.invoices.get(e.invoiceId()).dunningLevel, e.dunningLevel());
            })
            .on(ApprovalRequested.class, (acc, e) -> {
                acc.approvalIds.add(e.approvalId());
                acc.pendingApprovals.put(e.approvalId(), e);
            })
            .on(ApprovalGiven.class, (acc, e) -> {
                acc.pendingApprovals.remove(e.approvalId());
            })
            .on(ApprovalRefused.class, (acc, e) -> {
                acc.pendingApprovals.remove(e.approvalId());
            })
            .ignore(StatementConfirmed.class, CollectionActivityRecorded.class)
            .build();
}
