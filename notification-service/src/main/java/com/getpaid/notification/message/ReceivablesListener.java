package com.getpaid.notification.message;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.notification.followup.AfterSales;
import com.getpaid.notification.followup.FollowUps;
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
@ApplicationScoped
public class ReceivablesListener {

    public static final String CHANNEL = "receivables";

    private final EventConsumer consumer;
    private final Letters letters;
    private final FollowUps followUps;
    private final AfterSales afterSales;

    public ReceivablesListener(EventConsumer consumer, Letters letters, FollowUps followUps, AfterSales afterSales) {
        this.consumer = consumer;
        this.letters = letters;
        this.afterSales = afterSales;
        this.followUps = followUps;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (event instanceof InvoiceIssued e) {
                Sql.update(c, "INSERT INTO open_invoice (invoice_id, customer_id, open_amount) VALUES (?, ?, ?) "
                        + "ON CONFLICT (invoice_id) DO NOTHING", e.invoiceId(), e.customerId(), e.amount());
                afterSales.delivered(c, envelope, e);
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
                            envelope.time(), FollowUps.accountManagerOf(c, e.customerId()));
                    return;
                }
                Map<String, String> item = invoiceDetails(e.invoiceId(), e.dueDate(), e.openAmount(), e.currency());
                item.put("daysOverdue", String.valueOf(e.daysOverdue()));
                item.put("dunningLevel", String.valueOf(e.dunningLevel()));
                letters.add(c, envelope, e.customerId(), Kinds.OVERDUE_REMINDER, e.stage(), e.invoiceId(),
                        String.valueOf(e.dunningLevel()), item);
            } else if (event instanceof PaymentDueSoon e) {
                Map<String, String> item = invoiceDetails(e.invoiceId(), e.dueDate(), e.openAmount(), e.currency());
                item.put("daysBefore", String.valueOf(e.daysBefore()));
                letters.add(c, envelope, e.customerId(), Kinds.PRE_DUE_REMINDER, "PRE_DUE", e.invoiceId(), "-" + e.daysBefore(),
                        item);
            } else if (event instanceof DisputeOpened e) {
                Sql.update(c, "UPDATE open_invoice SET disputed = disputed + ? WHERE invoice_id = ?", e.amount(), e.invoiceId());
            } else if (event instanceof DisputeResolved e) {
                Sql.update(c, "UPDATE open_invoice SET disputed = disputed - ? WHERE invoice_id = ?", e.amount(), e.invoiceId());
            } else if (event instanceof PromiseRecorded e) {
                promises(c, e.invoiceIds(), 1);
            } else if (event instanceof PromiseKept e) {
                promises(c, e.invoiceIds(), -1);
            } else if (event instanceof PromiseBroken e) {
                promises(c, e.invoiceIds(), -1);
            }
        });
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

    /** Paid, credited or written off: what is left open decides whether a queued reminder still goes out. */
    private static void lessOpen(Connection c, String invoiceId, BigDecimal amount) throws Exception {
        Sql.update(c, "UPDATE open_invoice SET open_amount = open_amount - ? WHERE invoice_id = ?", amount, invoiceId);
    }
}
