package com.getpaid.notification.message;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Queues an overdue reminder for each PaymentOverdue, and keeps what is still open per invoice so
 * that a reminder for an invoice paid or credited in the meantime is not sent.
 */
@ApplicationScoped
public class ReceivablesListener {

    public static final String CHANNEL = "receivables";

    private final EventConsumer consumer;
    private final Messages messages;

    public ReceivablesListener(EventConsumer consumer, Messages messages) {
        this.consumer = consumer;
        this.messages = messages;
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
                Map<String, String> details = new LinkedHashMap<>();
                details.put("invoiceId", e.invoiceId());
                details.put("dueDate", e.dueDate().toString());
                details.put("daysOverdue", String.valueOf(e.daysOverdue()));
                details.put("openAmount", e.openAmount().toPlainString());
                details.put("currency", e.currency());
                details.put("dunningLevel", String.valueOf(e.dunningLevel()));
                messages.queue(c, envelope, e.customerId(), Kinds.OVERDUE_REMINDER, e.invoiceId() + "#" + e.dunningLevel(),
                        details);
            }
        });
    }

    /** Paid, credited or written off: what is left open decides whether a queued reminder still goes out. */
    private static void lessOpen(Connection c, String invoiceId, BigDecimal amount) throws Exception {
        Sql.update(c, "UPDATE open_invoice SET open_amount = open_amount - ? WHERE invoice_id = ?", amount, invoiceId);
    }
}
