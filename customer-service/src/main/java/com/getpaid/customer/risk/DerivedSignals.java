package com.getpaid.customer.risk;

import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.customer.hold.HoldDecisions;
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
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.dispatch.Dispatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Raises the risk signals derived from receivables' events ({@link RiskRules}): ORDER_SPIKE when an invoice arrives,
 * PAYMENT_DELAY_TREND when a payment settles invoices, BROKEN_PROMISE when a promise is broken, OVERDUE_GROWING from the overdue balance read at the start
 * of each month (due work: {@link OverdueMonths}, then {@link OverdueTrend} for each customer read). Each signal's id names what raised it, so the same
 * cause never raises it twice.
 */
@ApplicationScoped
public class DerivedSignals {

    private static final Logger LOG = Logger.getLogger(DerivedSignals.class);
    static final String SOURCE = "receivables-service";

    /** Where a rule runs: the signals' owner and the consumer's transaction. */
    private record At(DerivedSignals signals, Commands.Tx tx) {
    }

    private static final Dispatch<At, ReceivableEvent> RULES = Dispatch.<At, ReceivableEvent>over(ReceivableEvent.class)
            .on(InvoiceIssued.class, (at, e) -> at.signals().orderSpike(at.tx(), e))
            .on(PaymentReceived.class, (at, e) -> at.signals().paymentDelayTrend(at.tx(), e))
            .on(PromiseBroken.class, (at, e) -> at.signals().brokenPromise(at.tx(), e))
            .ignore(InvoiceDueDateSet.class, PaymentOverdue.class, CreditNoteIssued.class, InvoiceWrittenOff.class,
                    InvoiceReinstated.class, RefundPaid.class, CreditApplied.class, StatementConfirmed.class,
                    PaymentDueSoon.class, PromiseRecorded.class, PromiseKept.class, DisputeOpened.class,
                    DisputeConfirmed.class, DisputeResolved.class, CollectionActivityRecorded.class, ApprovalRequested.class, ApprovalGiven.class,
                    ApprovalRefused.class)
            .build();

    private final HoldDecisions decisions;
    private final Kernel kernel;
    private final Commands commands;
    private final BusinessCalendar calendar;

    public DerivedSignals(HoldDecisions decisions, Kernel kernel, Commands commands, BusinessCalendar calendar) {
        this.decisions = decisions;
        this.kernel = kernel;
        this.commands = commands;
        this.calendar = calendar;
    }

    /** After the ledger took the event in, inside the consumer's transaction. */
    public void after(Commands.Tx tx, ReceivableEvent event) throws Exception {
        RULES.handle(new At(this, tx), event);
    }

    private void orderSpike(Commands.Tx tx, InvoiceIssued e) throws Exception {
        List<RiskRules.PastInvoice> before = Sql.list(tx.connection(), "SELECT coalesce(issue_date, due_date) AS issued, amount "
                + "FROM receivable_invoice WHERE customer_id = ? AND currency = ? AND invoice_id <> ? AND "
                + "coalesce(issue_date, due_date) > ?", rs -> new RiskRules.PastInvoice(Sql.date(rs, "issued"),
                        rs.getBigDecimal(2)), e.customerId(), e.currency(), e.invoiceId(), e.issueDate().minusYears(1));
        // the rule looks at the 12 months before
        raise(tx, e.customerId(), "ORDER_SPIKE", "ORDER_SPIKE-" + e.invoiceId(), RiskRules.orderSpike(e.amount(),
                e.currency(), e.issueDate(), before));
    }

    private void paymentDelayTrend(Commands.Tx tx, PaymentReceived e) throws Exception {
        if (e.allocations().isEmpty()) {
            return;
        }
        // the rule looks at the last six settled: read those, not the customer's whole history, on every payment
        List<Integer> daysLate = Sql.list(tx.connection(), "SELECT late FROM (SELECT settled_on - due_date AS late, "
                + "settled_on, invoice_id FROM receivable_invoice WHERE customer_id = ? AND settled_on IS NOT NULL AND "
                + "due_date IS NOT NULL ORDER BY settled_on DESC, invoice_id DESC LIMIT 6) r ORDER BY settled_on, invoice_id",
                rs -> rs.getInt(1), e.customerId());
        raise(tx, e.customerId(), "PAYMENT_DELAY_TREND", "PAYMENT_DELAY_TREND-" + e.paymentId(),
                RiskRules.paymentDelayTrend(daysLate));
    }

    /** A promise broken is a risk signal (MEDIUM: it weighs in the grade and the worklist, it stops nothing). */
    private void brokenPromise(Commands.Tx tx, PromiseBroken e) throws Exception {
        decisions.derived(tx, e.customerId(), "BROKEN_PROMISE-" + e.promiseId(), "BROKEN_PROMISE", "MEDIUM", "Promise "
                + e.promiseId() + " to pay " + e.amount().toPlainString() + " " + e.currency() + " by " + e.promisedFor() + " "
                + e.outcome().toLowerCase().replace('_', ' ') + ": " + e.paid().toPlainString() + " paid", SOURCE);
    }

    private void raise(Commands.Tx tx, String customerId, String signal, String signalId,
            Optional<RiskRules.Finding> finding) throws Exception {
        if (finding.isEmpty()) {
            return;
        }
        if (Sql.one(tx.connection(), "SELECT 1 FROM risk_signal_view WHERE signal_id = ?", rs -> 1, signalId).isPresent()) {
            return; // raised before for the same cause
        }
        decisions.derived(tx, customerId, signalId, signal, finding.get().severity(), finding.get().evidence(), SOURCE);
        LOG.infof("Customer %s: %s risk signal %s: %s", customerId, finding.get().severity(), signal, finding.get().evidence());
    }

    /** The readings for the month of {@code today}, each customer's trend looked at at once; returns how many were read. */
    public int readMonth(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        List<String> read = kernel.transact(c -> readings(c, month));
        for (String customerId : read) {
            kernel.transact(c -> commands.within(c, OverdueTrend.CAUSE, tx -> {
                trend(tx, customerId, month);
                return null;
            }));
        }
        return read.size();
    }

    /** Each customer's overdue balance for {@code month}, read once a month; returns the customers read now. */
    List<String> readings(Connection c, LocalDate month) throws Exception {
        return Sql.list(c, "INSERT INTO overdue_month (customer_id, month, overdue) "
                + "SELECT k.customer_id, ?, coalesce((SELECT sum(i.open_amount - i.disputed) FROM receivable_invoice i "
                + "WHERE i.customer_id = k.customer_id AND i.currency = k.currency AND " + ExposureLedger.OVERDUE + "), 0) "
                + "FROM customer_card k ON CONFLICT (customer_id, month) DO NOTHING RETURNING customer_id",
                rs -> rs.getString(1), month);
    }

    /** Four readings up three times: a signal. */
    void trend(Commands.Tx tx, String customerId, LocalDate month) throws Exception {
        List<BigDecimal> months = Sql.list(tx.connection(), "SELECT overdue FROM (SELECT month, overdue FROM overdue_month "
                + "WHERE customer_id = ? ORDER BY month DESC LIMIT 4) m ORDER BY month", rs -> rs.getBigDecimal(1), customerId);
        raise(tx, customerId, "OVERDUE_GROWING", "OVERDUE_GROWING-" + month, RiskRules.overdueGrowing(months));
    }
}
