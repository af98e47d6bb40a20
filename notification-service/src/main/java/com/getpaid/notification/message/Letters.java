package com.getpaid.notification.message;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.Json;
import com.getpaid.events.Money;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.command.Commands;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * One letter per customer and step (pre-due note, friendly, firm, final notice), listing every invoice at that step.
 * An invoice's step joins the customer's letter of that step while it is still waiting to go out, or starts one; it
 * is in exactly one letter. When the letter goes out it shows each invoice as it is then: what is open and not
 * disputed; an invoice paid, disputed or promised meanwhile drops out, and a letter left with nothing is not sent.
 *
 * <p>Joining and sending both lock the letter's row first, so an invoice joins a letter either before the sender
 * takes it (and is in the email) or after (and starts the next letter), never in between.
 */
@ApplicationScoped
public class Letters {

    private static final Logger LOG = Logger.getLogger(Letters.class);

    private final Messages messages;

    public Letters(Messages messages) {
        this.messages = messages;
    }

    /** Adds {@code invoiceId}'s {@code step} to the customer's waiting letter of {@code kind} and {@code stage}. */
    public void add(Commands.Tx tx, CloudEvent cause, String customerId, MessageKind kind, String stage, String invoiceId,
            String step, Map<String, String> item) throws Exception {
        Connection c = tx.connection();
        if (Sql.one(c, "SELECT 1 FROM letter_item WHERE invoice_id = ? AND step = ?", rs -> 1, invoiceId, step).isPresent()) {
            return; // that step of that invoice is in a letter already
        }
        String letter = null;
        for (String candidate : Sql.list(c, "SELECT notification_id FROM notification_view WHERE customer_id = ? AND kind = ? "
                + "AND details->>'stage' = ? AND status = 'QUEUED' ORDER BY queued_at", rs -> rs.getString(1), customerId,
                kind.name(), stage)) {
            if (lockWaiting(c, candidate)) {
                letter = candidate;
                break;
            }
        }
        if (letter == null) {
            letter = messages.queue(tx, cause, customerId, kind, invoiceId + "#" + step, Map.of("stage", stage));
            if (letter == null) {
                return; // queued before under this subject (a replay)
            }
        } else {
            LOG.infof("Invoice %s joins the waiting %s letter %s of customer %s", invoiceId, stage, letter, customerId);
        }
        Sql.update(c, "INSERT INTO letter_item (invoice_id, step, notification_id, customer_id, details) VALUES (?, ?, ?, ?, "
                + "?::jsonb)", invoiceId, step, letter, customerId, Json.write(item));
    }

    /** Locks a letter's row; true when it is still waiting (queued, not being sent). */
    static boolean lockWaiting(Connection c, String notificationId) throws Exception {
        boolean queued = Sql.one(c, "SELECT 1 FROM notification_view WHERE notification_id = ? AND status = 'QUEUED' FOR UPDATE",
                rs -> 1, notificationId).isPresent();
        return queued && Sql.one(c, "SELECT 1 FROM delivery WHERE notification_id = ? AND sending_since IS NOT NULL", rs -> 1,
                notificationId).isEmpty();
    }

    /**
     * The invoices of a letter as they are now, due date first: each with what is open and not disputed; those paid,
     * disputed or under an open promise are left out. A message from before letters listed invoices has its one
     * invoice in its details.
     */
    static List<Map<String, String>> itemsNow(Connection c, String notificationId, Map<String, String> details,
            BigDecimal legacyOpen) throws Exception {
        record Row(Map<String, String> item, BigDecimal open, BigDecimal disputed, int promises) {
        }
        List<Row> rows = Sql.list(c, "SELECT li.details::text, oi.open_amount, oi.disputed, oi.open_promises FROM letter_item li "
                + "LEFT JOIN open_invoice oi ON oi.invoice_id = li.invoice_id WHERE li.notification_id = ? "
                + "ORDER BY li.details->>'dueDate', li.invoice_id", rs -> new Row(Json.stringMap(rs.getString(1)),
                        rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4)), notificationId);
        if (details.containsKey("invoiceId")) { // queued before letters listed invoices; others may have joined it since
            rows = new ArrayList<>(rows);
            rows.add(0, new Row(details, legacyOpen, BigDecimal.ZERO, 0));
        }
        List<Map<String, String>> now = new ArrayList<>();
        for (Row r : rows) {
            BigDecimal open = r.open() == null ? null : r.open().subtract(r.disputed());
            if (open != null && (open.signum() <= 0 || r.promises() > 0)) {
                continue;
            }
            Map<String, String> item = new LinkedHashMap<>(r.item());
            Optional.ofNullable(open).ifPresent(o -> item.put("openAmount", Money.scaled(o, item.get("currency")).toPlainString()));
            now.add(item);
        }
        return now;
    }
}
