package com.getpaid.receivables.account;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.InvoiceDueDateSet;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.events.store.Projector;
import com.getpaid.events.store.Sql;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.receivables.statement.StatementConfirmations;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * Keeps the receivables read models (invoices, payments, allocations, credit notes, write-offs) in step with the
 * account events, in the transaction that appends them.
 */
@ApplicationScoped
public class ReceivablesProjector implements Projector {

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("invoice_view", "payment_view", "allocation_view", "credit_note_view", "write_off_view",
                "refund_view", "credit_applied_view", "credit_balance_view",
                "statement_confirmation_view");
    }

    @Override
    public void project(Connection c, StoredEvent stored) throws Exception {
        if (stored.event() instanceof InvoiceIssued e) {
            Sql.update(c, "INSERT INTO invoice_view (invoice_id, customer_id, delivery_ref, issue_date, due_date, amount, "
                    + "open_amount, currency, dunning_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", e.invoiceId(), e.customerId(),
                    e.deliveryRef(), e.issueDate(), e.dueDate(), e.amount(), e.amount(), e.currency());
        } else if (stored.event() instanceof InvoiceDueDateSet e) {
            Sql.update(c, "UPDATE invoice_view SET due_date = ? WHERE invoice_id = ?", e.dueDate(), e.invoiceId());
        } else if (stored.event() instanceof PaymentReceived e) {
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
        } else if (stored.event() instanceof CreditNoteIssued e) {
            Sql.update(c, "INSERT INTO credit_note_view (credit_note_id, customer_id, invoice_id, amount, currency, issue_date, "
                    + "reason, complaint_id, applied, to_credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.creditNoteId(),
                    e.customerId(), e.invoiceId(), e.amount(), e.currency(), e.issueDate(), e.reason(), e.complaintId(),
                    e.applied(), e.toCredit());
            if (e.invoiceId() != null) {
                Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount - ? WHERE invoice_id = ?", e.applied(),
                        e.invoiceId());
            }
            addCredit(c, e.customerId(), e.currency(), e.toCredit());
        } else if (stored.event() instanceof InvoiceWrittenOff e) {
            Sql.update(c, "INSERT INTO write_off_view (write_off_id, invoice_id, customer_id, amount, currency, written_off_on, "
                    + "reason, approved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", e.writeOffId(), e.invoiceId(), e.customerId(),
                    e.amount(), e.currency(), e.writtenOffOn(), e.reason(), e.approvedBy());
            Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount - ?, written_off = ? WHERE invoice_id = ?",
                    e.amount(), e.amount(), e.invoiceId());
        } else if (stored.event() instanceof InvoiceReinstated e) {
            Sql.update(c, "UPDATE write_off_view SET reinstated_on = ?, reinstated_by = ? WHERE write_off_id = ?",
                    e.reinstatedOn(), e.paymentId(), e.writeOffId());
            Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount + ?, written_off = 0 WHERE invoice_id = ?",
                    e.amount(), e.invoiceId());
        } else if (stored.event() instanceof CreditApplied e) {
            for (Allocation a : e.allocations()) {
                Sql.update(c, "INSERT INTO credit_applied_view (event_id, invoice_id, customer_id, amount, currency, applied_on) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", stored.eventId(), a.invoiceId(), e.customerId(), a.amount(), e.currency(),
                        e.appliedOn());
                Sql.update(c, "UPDATE invoice_view SET open_amount = open_amount - ? WHERE invoice_id = ?", a.amount(),
                        a.invoiceId());
                addCredit(c, e.customerId(), e.currency(), a.amount().negate());
            }
        } else if (stored.event() instanceof RefundPaid e) {
            Sql.update(c, "INSERT INTO refund_view (refund_id, customer_id, amount, currency, paid_on, method) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", e.refundId(), e.customerId(), e.amount(), e.currency(), e.paidOn(), e.method());
            addCredit(c, e.customerId(), e.currency(), e.amount().negate());
        } else if (stored.event() instanceof StatementConfirmed e) {
            Sql.update(c, "INSERT INTO statement_confirmation_view (position, customer_id, period, confirmation) "
                    + "VALUES (?, ?, ?, ?::jsonb)", stored.position(), e.customerId(), e.period(),
                    Json.write(StatementConfirmations.Confirmation.of(e)));
        } else if (stored.event() instanceof PaymentOverdue e) {
            Sql.update(c, "UPDATE invoice_view SET dunning_level = greatest(dunning_level, ?) WHERE invoice_id = ?",
                    e.dunningLevel(), e.invoiceId());
        }
    }

    private static void addCredit(Connection c, String customerId, String currency, java.math.BigDecimal amount) throws Exception {
        if (amount.signum() != 0) {
            Sql.update(c, "INSERT INTO credit_balance_view (customer_id, currency, amount) VALUES (?, ?, ?) "
                    + "ON CONFLICT (customer_id, currency) DO UPDATE SET amount = credit_balance_view.amount + excluded.amount",
                    customerId, currency, amount);
        }
    }
}
