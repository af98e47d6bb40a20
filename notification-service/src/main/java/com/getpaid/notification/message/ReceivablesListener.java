package com.getpaid.notification.message;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.notification.followup.FollowUps;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Queues a letter for each reminder before the due date (PaymentDueSoon) and each emailed step of the
 * dunning ladder (PaymentOverdue), a task for the account manager for its last step (ESCALATION), and
 * keeps what is still open per invoice so that a letter shows the amount open when it is sent, and
 * one for an invoice settled in the meantime is not sent.
 */
@ApplicationScoped
public class ReceivablesListener {

    public static final String CHANNEL = "receivables";

    private final EventConsumer consumer;
    private final Messages messages;
    private final FollowUps followUps;

    public ReceivablesListener(EventConsumer consumer, Messages messages, FollowUps followUps) {
        this.consumer = consumer;
        this.messages = messages;
        this.followUps = followUps;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (event instanceof InvoiceIssued e) {
                Sql.update(c, "INSERT INTO open_invoice (invoice_id, customer_id, open_amount) VALUES (?, ?, ?) "
                        + "ON CONFLICT (invoice_id) DO NOTHING", e.invoiceId(), e.customerId(), e.amount());
            } else if (event instanceof PaymentReceived e) {
                for (Allocation a : e.allocations()) {
                    lessOpen(c, a.invoiceId(), a.amount());
                }
            } else if (event instanceof CreditNoteIssued e && e.invoiceId() != null) {
                lessOpen(c, e.invoiceId(), e.applied());
            } else if (event instanceof CreditApplied e) {
                for (Allocation a : e.allocations()) {
                    lessOpen(c, a.invoiceId(), a.amount());
                }
            } else if (event instanceof InvoiceWrittenOff e) {
                lessOpen(c, e.invoiceId(), e.amount());
            } else if (event instanceof InvoiceReinstated e) {
                lessOpen(c, e.invoiceId(), e.amount().negate());
            } else if (event instanceof PaymentOverdue e) {
                if ("ESCALATION".equals(e.stage())) {
                    // the last step is a person's work (manager call, visit, lawyer's letter), not another email
                    followUps.schedule(c, envelope, e.customerId(), Kinds.ESCALATION, e.invoiceId() + "#" + e.dunningLevel(),
                            envelope.time());
                    return;
                }
                Map<String, String> details = invoiceDetails(e.invoiceId(), e.dueDate(), e.openAmount(), e.currency());
                details.put("daysOverdue", String.valueOf(e.daysOverdue()));
                details.put("dunningLevel", String.valueOf(e.dunningLevel()));
                details.put("stage", e.stage());
                messages.queue(c, envelope, e.customerId(), Kinds.OVERDUE_REMINDER, e.invoiceId() + "#" + e.dunningLevel(),
                        details);
            } else if (event instanceof PaymentDueSoon e) {
                Map<String, String> details = invoiceDetails(e.invoiceId(), e.dueDate(), e.openAmount(), e.currency());
                details.put("daysBefore", String.valueOf(e.daysBefore()));
                messages.queue(c, envelope, e.customerId(), Kinds.PRE_DUE_REMINDER, e.invoiceId() + "#-" + e.daysBefore(),
                        details);
            }
        });
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

    /** Paid, credited or written off: what is left open decides whether a queued reminder still goes out. */
    private static void lessOpen(Connection c, String invoiceId, BigDecimal amount) throws Exception {
        Sql.update(c, "UPDATE open_invoice SET open_amount = open_amount - ? WHERE invoice_id = ?", amount, invoiceId);
    }
}
