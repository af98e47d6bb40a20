package com.getpaid.customer.exposure;

import com.getpaid.events.Json;
import com.getpaid.events.Money;
import com.getpaid.events.receivables.ApprovalGiven;
import com.getpaid.events.receivables.ApprovalRefused;
import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.receivables.Allocation;
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
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.dispatch.Dispatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer's open invoices as receivables-service reports them (table {@code receivable_invoice}).
 * An invoice counts as overdue once receivables raised {@code PaymentOverdue} for it and until it is
 * paid: one clock, the receivables one, decides what is overdue. A disputed amount leaves the exposure once the dispute
 * is confirmed (at once, unless it awaits a credit manager: table {@code unconfirmed_dispute} until then).
 */
@ApplicationScoped
public class ExposureLedger {

    /** A receivables event taken in: on the transaction's connection, noting whether the exposure moved. */
    private static final class Entry {
        final Connection c;
        boolean moved;

        Entry(Connection c) {
            this.c = c;
        }
    }

    private static final Dispatch<Entry, ReceivableEvent> APPLY = Dispatch.<Entry, ReceivableEvent>over(ReceivableEvent.class)
            .on(InvoiceIssued.class, (x, e) -> x.moved = Sql.update(x.c, "INSERT INTO receivable_invoice (invoice_id, "
                    + "customer_id, currency, amount, open_amount, due_date, overdue, issue_date) VALUES (?, ?, ?, ?, ?, ?, "
                    + "false, ?) ON CONFLICT (invoice_id) DO NOTHING", e.invoiceId(), e.customerId(), e.currency(), e.amount(),
                    e.amount(), e.dueDate(), e.issueDate()) == 1)
            .on(InvoiceDueDateSet.class, (x, e) -> Sql.update(x.c, "UPDATE receivable_invoice SET due_date = ? WHERE "
                    + "invoice_id = ?", e.dueDate(), e.invoiceId()))
            .on(PaymentReceived.class, (x, e) -> {
                for (Allocation a : e.allocations()) {
                    settle(x.c, a.invoiceId(), a.amount(), e.receivedOn());
                }
                x.moved = !e.allocations().isEmpty();
            })
            .on(CreditNoteIssued.class, (x, e) -> {
                // what a credit note takes off an invoice leaves the exposure like a payment; the rest is the customer's credit
                if (e.invoiceId() != null && e.applied().signum() != 0) {
                    settle(x.c, e.invoiceId(), e.applied(), e.issueDate());
                    x.moved = true;
                }
            })
            .on(CreditApplied.class, (x, e) -> {
                for (Allocation a : e.allocations()) {
                    settle(x.c, a.invoiceId(), a.amount(), e.appliedOn());
                }
                x.moved = !e.allocations().isEmpty();
            })
            .on(InvoiceWrittenOff.class, (x, e) -> {
                // leaves the exposure; the overdue mark stays for a reinstatement to find
                Sql.update(x.c, "UPDATE receivable_invoice SET open_amount = open_amount - ? WHERE invoice_id = ?", e.amount(),
                        e.invoiceId());
                x.moved = true;
            })
            .on(InvoiceReinstated.class, (x, e) -> {
                Sql.update(x.c, "UPDATE receivable_invoice SET open_amount = open_amount + ? WHERE invoice_id = ?", e.amount(),
                        e.invoiceId());
                x.moved = true;
            })
            .on(DisputeOpened.class, (x, e) -> {
                if (e.awaitingConfirmation()) {
                    // one person may not release a hold by disputing: it counts until a credit manager confirms it
                    Sql.update(x.c, "INSERT INTO unconfirmed_dispute (dispute_id, invoice_id, customer_id, amount) VALUES "
                            + "(?, ?, ?, ?) ON CONFLICT (dispute_id) DO NOTHING", e.disputeId(), e.invoiceId(), e.customerId(),
                            e.amount());
                    return;
                }
                Sql.update(x.c, "UPDATE receivable_invoice SET disputed = disputed + ? WHERE invoice_id = ?", e.amount(),
                        e.invoiceId());
                x.moved = true;
            })
            .on(DisputeConfirmed.class, (x, e) -> {
                if (Sql.update(x.c, "DELETE FROM unconfirmed_dispute WHERE dispute_id = ?", e.disputeId()) == 1) {
                    Sql.update(x.c, "UPDATE receivable_invoice SET disputed = disputed + ? WHERE invoice_id = ?", e.amount(),
                            e.invoiceId());
                    x.moved = true;
                }
            })
            .on(DisputeResolved.class, (x, e) -> {
                if (Sql.update(x.c, "DELETE FROM unconfirmed_dispute WHERE dispute_id = ?", e.disputeId()) == 1) {
                    return; // it never left the exposure
                }
                Sql.update(x.c, "UPDATE receivable_invoice SET disputed = disputed - ? WHERE invoice_id = ?", e.amount(),
                        e.invoiceId());
                x.moved = true;
            })
            .on(PaymentOverdue.class, (x, e) -> x.moved = Sql.update(x.c, "UPDATE receivable_invoice SET overdue = true "
                    + "WHERE invoice_id = ? AND open_amount > 0 AND NOT overdue", e.invoiceId()) == 1)
            // money that moves no invoice's open amount, and what only the collectors and the customer hear about
            .ignore(RefundPaid.class, StatementConfirmed.class, PaymentDueSoon.class, PromiseRecorded.class, PromiseKept.class,
                    PromiseBroken.class, CollectionActivityRecorded.class, ApprovalRequested.class, ApprovalGiven.class,
                    ApprovalRefused.class)
            .build();

    /** Applies a receivables event; returns true when the customer's exposure changed. */
    public boolean apply(Connection c, ReceivableEvent event) throws Exception {
        Entry entry = new Entry(c);
        APPLY.handle(entry, event);
        return entry.moved;
    }

    /** Paid or credited: less open, and no longer overdue once nothing is; the day it was settled in full, for the record. */
    private static void settle(Connection c, String invoiceId, BigDecimal amount, java.time.LocalDate on) throws SQLException {
        Sql.update(c, "UPDATE receivable_invoice SET open_amount = open_amount - ?, overdue = overdue AND open_amount - ? > 0, "
                + "settled_on = CASE WHEN open_amount - ? <= 0 THEN ? ELSE settled_on END WHERE invoice_id = ?", amount, amount,
                amount, on, invoiceId);
    }

    /** Per currency: open and overdue without what is disputed (what holds are decided on), and the disputed part. */
    public static final String SUMS = "sum(greatest(open_amount - disputed, 0)) AS open, "
            + "sum(CASE WHEN overdue THEN greatest(open_amount - disputed, 0) ELSE 0 END) AS overdue, "
            + "sum(least(disputed, open_amount)) AS disputed";
    /** An invoice that makes the customer late: overdue, with something open that is not disputed. */
    public static final String OVERDUE = "overdue AND open_amount > disputed";

    /** The exposure as the write side decides holds on it, inside the consumer's transaction. */
    public Exposure of(Connection c, String customerId) throws SQLException {
        Map<String, Exposure.Totals> totals = new LinkedHashMap<>();
        Sql.list(c, "SELECT currency, " + SUMS + " FROM receivable_invoice WHERE customer_id = ? AND open_amount > 0 "
                + "GROUP BY currency ORDER BY currency", rs -> totals.put(rs.getString(1), totals(rs.getString(1),
                        rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4))), customerId);
        List<Exposure.OverdueInvoice> overdue = Sql.list(c, "SELECT invoice_id, due_date, open_amount - disputed, currency "
                + "FROM receivable_invoice WHERE customer_id = ? AND " + OVERDUE + " ORDER BY due_date, invoice_id",
                rs -> new Exposure.OverdueInvoice(rs.getString(1), Sql.date(rs, "due_date"),
                        Money.scaled(rs.getBigDecimal(3), rs.getString(4)), rs.getString(4)), customerId);
        List<String> unpaid = Sql.list(c, "SELECT invoice_id FROM receivable_invoice WHERE customer_id = ? AND " + UNPAID
                + " ORDER BY due_date, invoice_id LIMIT 100", rs -> rs.getString(1), customerId);
        return new Exposure(totals, overdue, unpaid);
    }

    /** A delivery not yet paid: something open that is not disputed. */
    public static final String UNPAID = "open_amount > disputed";

    /** The exposure from the JSON the card query aggregates (totals per currency, overdue and unpaid invoices); null is none. */
    public static Exposure fromJson(String totalsJson, String overdueJson, String unpaidJson) {
        record Row(String currency, BigDecimal open, BigDecimal overdue, BigDecimal disputed) {
        }
        Map<String, Exposure.Totals> totals = new LinkedHashMap<>();
        if (totalsJson != null) {
            for (Row row : Json.read(totalsJson, Row[].class)) {
                totals.put(row.currency(), totals(row.currency(), row.open(), row.overdue(), row.disputed()));
            }
        }
        List<Exposure.OverdueInvoice> overdue = overdueJson == null ? List.of()
                : List.of(Json.read(overdueJson, Exposure.OverdueInvoice[].class)).stream()
                        .map(i -> new Exposure.OverdueInvoice(i.invoiceId(), i.dueDate(), Money.scaled(i.openAmount(),
                                i.currency()), i.currency())).toList();
        return new Exposure(totals, overdue, unpaidJson == null ? List.of() : List.of(Json.read(unpaidJson, String[].class)));
    }

    private static Exposure.Totals totals(String currency, BigDecimal open, BigDecimal late, BigDecimal disputed) {
        return new Exposure.Totals(Money.scaled(open, currency), Money.scaled(late, currency), Money.scaled(disputed, currency));
    }

}
