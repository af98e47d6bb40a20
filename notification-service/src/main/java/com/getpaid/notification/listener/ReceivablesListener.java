package com.getpaid.notification.listener;

import com.getpaid.events.CloudEvent;
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
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.kit.messaging.TopicConsumer;
import com.getpaid.notification.contact.Contacts;
import com.getpaid.notification.followup.AfterSales;
import com.getpaid.notification.followup.FollowUpKind;
import com.getpaid.notification.followup.FollowUps;
import com.getpaid.notification.message.Letters;
import com.getpaid.notification.message.MessageKind;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Puts each reminder before the due date (PaymentDueSoon) and each emailed step of the dunning ladder
 * (PaymentOverdue) into the customer's letter of that step ({@link Letters}), makes the ladder's last
 * step (ESCALATION) a task for the account manager, and keeps per invoice what is open, disputed and
 * promised, so that a letter shows each invoice as it is when the letter goes out.
 */
@Startup // subscribes at start-up: a parked key can be retried before any record arrives
@ApplicationScoped
public class ReceivablesListener {

    public static final String CHANNEL = "receivables";

    /** One event of receivables.v1, in the batch's transaction. */
    private record On(ReceivablesListener listener, Commands.Tx tx, CloudEvent envelope) {
        Connection c() {
            return tx.connection();
        }
    }

    private static final Dispatch<On, ReceivableEvent> HANDLE = Dispatch.<On, ReceivableEvent>over(ReceivableEvent.class)
            .on(InvoiceIssued.class, (on, e) -> on.listener().issued(on, e))
            .on(PaymentReceived.class, (on, e) -> lessOpen(on.c(), e.allocations()))
            .on(CreditNoteIssued.class, (on, e) -> {
                if (e.invoiceId() != null) {
                    lessOpen(on.c(), e.invoiceId(), e.applied());
                }
            })
            .on(CreditApplied.class, (on, e) -> lessOpen(on.c(), e.allocations()))
            .on(InvoiceWrittenOff.class, (on, e) -> lessOpen(on.c(), e.invoiceId(), e.amount()))
            .on(InvoiceReinstated.class, (on, e) -> lessOpen(on.c(), e.invoiceId(), e.amount().negate()))
            .on(PaymentOverdue.class, (on, e) -> on.listener().overdue(on, e))
            .on(PaymentDueSoon.class, (on, e) -> on.listener().dueSoon(on, e))
            .on(DisputeOpened.class, (on, e) -> Sql.update(on.c(), "UPDATE open_invoice SET disputed = disputed + ? "
                    + "WHERE invoice_id = ?", e.amount(), e.invoiceId()))
            .on(DisputeResolved.class, (on, e) -> Sql.update(on.c(), "UPDATE open_invoice SET disputed = disputed - ? "
                    + "WHERE invoice_id = ?", e.amount(), e.invoiceId()))
            .on(PromiseRecorded.class, (on, e) -> promises(on.c(), e.invoiceIds(), 1))
            .on(PromiseKept.class, (on, e) -> promises(on.c(), e.invoiceIds(), -1))
            .on(PromiseBroken.class, (on, e) -> promises(on.c(), e.invoiceIds(), -1))
            // a new due date, a refund, a confirmed statement, a collector's call change nothing a letter says
            // a confirmation moves holds only: the disputed part left the letters when the dispute was opened
            .ignore(InvoiceDueDateSet.class, RefundPaid.class, StatementConfirmed.class, CollectionActivityRecorded.class,
                    ApprovalRequested.class, ApprovalGiven.class, ApprovalRefused.class, DisputeConfirmed.class)
            .build();

    private final TopicConsumer topic;
    private final Letters letters;
    private final FollowUps followUps;
    private final AfterSales afterSales;

    public ReceivablesListener(EventConsumer consumer, Letters letters, FollowUps followUps, AfterSales afterSales) {
        this.letters = letters;
        this.afterSales = afterSales;
        this.followUps = followUps;
        this.topic = consumer.subscribe(CHANNEL, ReceivableEvent.class,
                "notification-service: consumer of receivables-service events",
                (tx, envelope, event) -> HANDLE.handle(new On(this, tx, envelope), event));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        topic.consume(records);
    }

    private void issued(On on, InvoiceIssued e) throws Exception {
        Sql.update(on.c(), "INSERT INTO open_invoice (invoice_id, customer_id, open_amount) VALUES (?, ?, ?) "
                + "ON CONFLICT (invoice_id) DO NOTHING", e.invoiceId(), e.customerId(), e.amount());
        afterSales.delivered(on.tx(), on.envelope(), e);
    }

    private void overdue(On on, PaymentOverdue e) throws Exception {
        if ("ESCALATION".equals(e.stage())) {
            // the last step is a person's work (manager call, visit, lawyer's letter), not another email
            followUps.schedule(on.tx(), on.envelope(), e.customerId(), FollowUpKind.ESCALATION, e.invoiceId() + "#"
                    + e.dunningLevel(), on.envelope().time(), Contacts.accountManagerOf(on.c(), e.customerId()));
            return;
        }
        Map<String, String> item = invoiceDetails(e.invoiceId(), e.dueDate(), e.openAmount(), e.currency());
        item.put("daysOverdue", String.valueOf(e.daysOverdue()));
        item.put("dunningLevel", String.valueOf(e.dunningLevel()));
        letters.add(on.tx(), on.envelope(), e.customerId(), MessageKind.OVERDUE_REMINDER, e.stage(), e.invoiceId(),
                String.valueOf(e.dunningLevel()), item);
    }

    private void dueSoon(On on, PaymentDueSoon e) throws Exception {
        Map<String, String> item = invoiceDetails(e.invoiceId(), e.dueDate(), e.openAmount(), e.currency());
        item.put("daysBefore", String.valueOf(e.daysBefore()));
        letters.add(on.tx(), on.envelope(), e.customerId(), MessageKind.PRE_DUE_REMINDER, "PRE_DUE", e.invoiceId(),
                "-" + e.daysBefore(), item);
    }

    private static void promises(Connection c, List<String> invoiceIds, int change) throws Exception {
        for (String invoiceId : invoiceIds) {
            Sql.update(c, "UPDATE open_invoice SET open_promises = open_promises + ? WHERE invoice_id = ?", change, invoiceId);
        }
    }

    private static Map<String, String> invoiceDetails(String invoiceId, java.time.LocalDate dueDate, BigDecimal open,
            String currency) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("invoiceId", invoiceId);
        details.put("dueDate", dueDate.toString());
        details.put("openAmount", open.toPlainString());
        details.put("currency", currency);
        return details;
    }

    private static void lessOpen(Connection c, List<Allocation> allocations) throws Exception {
        for (Allocation a : allocations) {
            lessOpen(c, a.invoiceId(), a.amount());
        }
    }

    /** Paid, credited or written off: what is left open decides whether a queued reminder still goes out. */
    private static void lessOpen(Connection c, String invoiceId, BigDecimal amount) throws Exception {
        Sql.update(c, "UPDATE open_invoice SET open_amount = open_amount - ? WHERE invoice_id = ?", amount, invoiceId);
    }
}
