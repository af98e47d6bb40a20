package com.getpaid.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.local.LocalPlatform;
import com.getpaid.local.MailServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What must hold whatever the faults: read straight from each service's database and the mail
 * server, compared with what the load knows it had accepted. Every assertion names its invariant.
 */
final class Invariants {

    private static final Map<String, List<String>> PROJECTIONS = Map.of(
            "customer", List.of("customer_card"),
            "receivables", List.of("invoice_view", "payment_view", "allocation_view", "credit_note_view", "write_off_view",
                    "refund_view",
                    "credit_applied_view"),
            "complaint", List.of("complaint_view"),
            "notification", List.of("notification_view", "follow_up_view"));

    private final LocalPlatform platform;
    private final int postgresPort;
    private boolean allowCopies;
    private final Map<String, Long> copiesAfterCrash = new java.util.HashMap<>();

    Invariants(LocalPlatform platform, int postgresPort) {
        this.platform = platform;
        this.postgresPort = postgresPort;
    }

    interface Row<T> {
        T map(ResultSet rs) throws Exception;
    }

    <T> List<T> query(String service, String sql, Row<T> row) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + service,
                "postgres", null); var ps = c.prepareStatement(sql); var rs = ps.executeQuery()) {
            List<T> all = new ArrayList<>();
            while (rs.next()) {
                all.add(row.map(rs));
            }
            return all;
        }
    }

    long count(String service, String sql) throws Exception {
        return query(service, sql, rs -> rs.getLong(1)).get(0);
    }

    /** Amounts keyed by the first column, compared as numbers (scale aside). */
    Map<String, String> amounts(String service, String sql) throws Exception {
        return query(service, sql, rs -> Map.entry(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros().toPlainString()))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /**
     * The sender was killed: a message it had handed to the SMTP server but not yet recorded goes
     * again (the guarantee chosen: at least once across a crash, with the same Message-ID). The
     * next check accepts such copies, and only those, from then on.
     */
    void allowCopiesOfWhatWasInFlight() {
        allowCopies = true;
    }

    int failedDeliveryAttempts() throws Exception {
        return (int) count("notification", "SELECT coalesce(max(attempts), 0) FROM delivery");
    }

    /** Waits until every service published everything and every consumer caught up. */
    void awaitCaughtUp(Duration atMost) {
        await("the platform catches up").atMost(atMost).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (String service : LocalPlatform.SERVICES) {
                assertEquals(0, count(service, "SELECT count(*) FROM event_store WHERE published_at IS NULL"),
                        "every event reached Kafka: " + service + " has unpublished events");
            }
            Map<String, String> open = amounts("receivables", "SELECT invoice_id, open_amount FROM invoice_view");
            assertEquals(open, amounts("customer", "SELECT invoice_id, open_amount FROM receivable_invoice"),
                    "customer-service's open amounts per invoice equal receivables'");
            assertEquals(open, amounts("notification", "SELECT invoice_id, open_amount FROM open_invoice"),
                    "notification-service's open amounts per invoice equal receivables'");
            assertEquals(count("receivables", "SELECT count(*) FROM event_store WHERE type = 'PaymentOverdue' " + EMAILED),
                    count("notification", "SELECT count(*) FROM letter_item li JOIN notification_view n "
                            + "ON n.notification_id = li.notification_id WHERE n.kind = 'OVERDUE_REMINDER'"),
                    "every emailed step of the ladder is in one letter");
            assertEquals(count("receivables", "SELECT count(*) FROM event_store WHERE type = 'PaymentOverdue' "
                    + "AND data->>'stage' = 'ESCALATION'"),
                    count("notification", "SELECT count(*) FROM follow_up_view WHERE kind = 'ESCALATION'"),
                    "every escalation became one task for the account manager");
            assertEquals(count("complaint", "SELECT count(*) FROM complaint_view"),
                    count("notification", "SELECT count(*) FROM notification_view WHERE kind = 'COMPLAINT_ACKNOWLEDGEMENT'"),
                    "every complaint has its acknowledgement");
            assertEquals(count("complaint", "SELECT count(*) FROM event_store WHERE type = 'ResolutionCarriedOut'"),
                    count("notification", "SELECT count(*) FROM follow_up_view WHERE kind = 'COMPLAINT_CALLBACK'"),
                    "every remedy carried out has its call-back task");
            assertEquals(0, count("notification", "SELECT count(*) FROM notification_view WHERE status = 'QUEUED'"),
                    "every message was sent or cancelled");
            // the overdue scan (every 2 s) appends by itself: caught up means it has nothing left to do today either
            assertEquals(0, count("receivables", "SELECT count(*) FROM invoice_view i WHERE i.open_amount > 0 AND i.due_date <= "
                    + TODAY + " AND EXISTS (SELECT 1 FROM credit_balance_view b WHERE b.customer_id = i.customer_id "
                    + "AND b.currency = i.currency AND b.amount > 0)"), "the overdue scan has no credit left to apply");
            assertEquals(0, count("receivables", "SELECT count(*) FROM invoice_view WHERE open_amount > disputed AND "
                    + "next_dunning_on <= " + TODAY + " AND (paused_until IS NULL OR paused_until < " + TODAY + ")"),
                    "the overdue scan has no step of the ladder left to raise");
            compensationsCredited("");
        });
    }

    void check(Load load, String when) throws Exception {
        String at = " (" + when + ")";
        System.out.println("[fault suite] comparing" + at + ": " + load.accepted("invoice").size() + " invoices, "
                + load.accepted("payment").size() + " payments, " + load.accepted("complaint").size() + " complaints, "
                + load.accepted("compensation").size() + " compensations accepted by the load");
        exactlyOnce("receivables", "InvoiceIssued", load.accepted("invoice"), at);
        exactlyOnce("receivables", "PaymentReceived", load.accepted("payment"), at);
        assertEquals(load.accepted("complaint").size(), count("complaint",
                "SELECT count(*) FROM event_store WHERE type = 'ComplaintLogged'"),
                "every accepted complaint is in the event store exactly once" + at);

        // money a complaint agreed and carried out is credited exactly once
        Map<String, Long> agreed = compensationsCredited(at);
        assertTrue(agreed.keySet().containsAll(load.accepted("compensation").stream().map(Load.Accepted::id).toList()),
                "every compensation the load carried out was agreed" + at);

        // the ledger balances, per customer and currency
        Map<String, String> invoiced = amounts("receivables", "SELECT customer_id || ' ' || currency, sum(amount) "
                + "FROM invoice_view GROUP BY 1");
        Map<String, String> settledPlusOpen = amounts("receivables", "SELECT i.customer_id || ' ' || i.currency, "
                + "sum(i.open_amount + i.written_off + coalesce((SELECT sum(a.amount) FROM allocation_view a "
                + "WHERE a.invoice_id = i.invoice_id), 0) + coalesce((SELECT sum(x.amount) FROM credit_applied_view x "
                + "WHERE x.invoice_id = i.invoice_id), 0) + coalesce((SELECT sum(n.applied) FROM credit_note_view n "
                + "WHERE n.invoice_id = i.invoice_id), 0)) FROM invoice_view i GROUP BY 1");
        assertEquals(invoiced, settledPlusOpen, "invoices = payments allocated + credit applied + credit notes applied "
                + "+ written off + open, per customer and currency" + at);
        Map<String, String> paid = amounts("receivables", "SELECT customer_id || ' ' || currency, sum(amount) "
                + "FROM payment_view GROUP BY 1");
        Map<String, String> allocatedPlusCredit = plusAllocations("payment_view", "unallocated", "payment_id");
        assertEquals(paid, allocatedPlusCredit, "payments = allocations + credit balance, per customer and currency" + at);
        assertEquals(totals(load.accepted("payment")), paid, "the payments accepted are the payments on the ledger" + at);

        assertEquals(amounts("receivables", "SELECT customer_id || ' ' || currency, sum(open_amount) FROM invoice_view "
                + "WHERE open_amount > 0 GROUP BY 1"),
                amounts("customer", "SELECT customer_id || ' ' || currency, sum(open_amount) FROM receivable_invoice "
                        + "WHERE open_amount > 0 GROUP BY 1"),
                "customer-service's exposure equals receivables' open amounts, per customer and currency" + at);

        reminders(at);
    }

    /** Every compensation a complaint carried out is one credit note in receivables; returns them, by credit note id. */
    private Map<String, Long> compensationsCredited(String at) throws Exception {
        Map<String, Long> credited = query("receivables", "SELECT data->>'creditNoteId', count(*) FROM event_store "
                + "WHERE type = 'CreditNoteIssued' AND data->>'creditNoteId' LIKE 'CN-CMP-%' GROUP BY 1",
                rs -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        Map<String, Long> agreed = query("complaint", "SELECT data->>'creditNoteId' FROM event_store "
                + "WHERE type = 'ComplaintCompensationAgreed'", rs -> rs.getString(1)).stream()
                .collect(Collectors.toMap(id -> id, id -> 1L, (a, b) -> a + b, TreeMap::new));
        assertEquals(agreed, credited, "every compensation carried out is one credit note in receivables" + at);
        return agreed;
    }

    /** Per customer and currency: the table's {@code rest} column plus the allocations of its rows (joined on {@code key}). */
    private Map<String, String> plusAllocations(String table, String rest, String key) throws Exception {
        return amounts("receivables", "SELECT t.customer_id || ' ' || t.currency, sum(t." + rest + ") + coalesce((SELECT "
                + "sum(a.amount) FROM allocation_view a JOIN " + table + " u ON u." + key + " = a." + key
                + " WHERE u.customer_id = t.customer_id AND u.currency = t.currency), 0) FROM " + table
                + " t GROUP BY t.customer_id, t.currency");
    }

    private void exactlyOnce(String service, String type, List<Load.Accepted> accepted, String at) throws Exception {
        Map<String, Long> stored = query(service, "SELECT subject, count(*) FROM event_store WHERE type = '" + type
                + "' GROUP BY subject", rs -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        Map<String, Long> expected = accepted.stream().collect(Collectors.toMap(Load.Accepted::id, a -> 1L, (a, b) -> a,
                TreeMap::new));
        assertEquals(expected, stored, "every accepted " + type + " is in the event store exactly once" + at);
    }

    private static Map<String, String> totals(List<Load.Accepted> accepted) {
        return accepted.stream().collect(Collectors.groupingBy(a -> a.customerId() + " " + a.currency(), TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, Load.Accepted::amount, BigDecimal::add)))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stripTrailingZeros().toPlainString(), (a, b) -> a, TreeMap::new));
    }

    /** The steps of the ladder that are letters; the last one (ESCALATION) is a task for a person. */
    static final String EMAILED = "AND coalesce(data->>'stage', 'FRIENDLY_REMINDER') <> 'ESCALATION'";

    /**
     * Every emailed PaymentOverdue is in exactly one letter (one per customer and step), which is sent once, or
     * cancelled (everything in it settled meanwhile) and not sent at all.
     */
    private void reminders(String at) throws Exception {
        Set<String> overdue = Set.copyOf(query("receivables", "SELECT subject || '#' || (data->>'dunningLevel') "
                + "FROM event_store WHERE type = 'PaymentOverdue' " + EMAILED, rs -> rs.getString(1)));
        List<String> inLetters = query("notification", "SELECT li.invoice_id || '#' || li.step FROM letter_item li "
                + "JOIN notification_view n ON n.notification_id = li.notification_id WHERE n.kind = 'OVERDUE_REMINDER'",
                rs -> rs.getString(1));
        assertEquals(overdue, Set.copyOf(inLetters), "every PaymentOverdue is in a letter" + at);
        assertEquals(inLetters.size(), Set.copyOf(inLetters).size(), "in one letter only" + at);
        Set<String> dueSoon = Set.copyOf(query("receivables", "SELECT subject || '#-' || (data->>'daysBefore') "
                + "FROM event_store WHERE type = 'PaymentDueSoon'", rs -> rs.getString(1)));
        List<String> inNotes = query("notification", "SELECT li.invoice_id || '#' || li.step FROM letter_item li "
                + "JOIN notification_view n ON n.notification_id = li.notification_id WHERE n.kind = 'PRE_DUE_REMINDER'",
                rs -> rs.getString(1));
        assertEquals(dueSoon, Set.copyOf(inNotes), "every PaymentDueSoon is in a pre-due note" + at);
        assertEquals(inNotes.size(), Set.copyOf(inNotes).size(), "in one note only" + at);
        // an empty comparison proves nothing: the load's invoices fall due relative to today, so there are some
        assertTrue(!overdue.isEmpty() && !dueSoon.isEmpty(), "the letter invariants compared something" + at + ": "
                + overdue.size() + " overdue steps, " + dueSoon.size() + " pre-due notes");
        Map<String, String> messageIds = query("notification", "SELECT '<' || notification_id || '@getpaid>', status "
                + "FROM notification_view", rs -> Map.entry(rs.getString(1), rs.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> inMailbox = platform.mail().received().stream()
                .collect(Collectors.groupingBy(MailServer.Received::messageId, Collectors.counting()));
        if (allowCopies) {
            inMailbox.forEach((id, copies) -> {
                if (copies > 1) {
                    copiesAfterCrash.put(id, copies);
                    System.out.println("[fault suite] " + id + " went out " + copies + " times across the sender's crash");
                }
            });
            allowCopies = false;
        }
        List<String> problems = new ArrayList<>();
        messageIds.forEach((id, s) -> {
            long copies = inMailbox.getOrDefault(id, 0L);
            if (copiesAfterCrash.getOrDefault(id, -1L) == copies) {
                copies = 1; // a copy from the crash, accepted once and never more
            }
            if (s.equals("SENT") && copies != 1) {
                problems.add(id + " SENT but " + copies + " in the mailbox");
            } else if (!s.equals("SENT") && copies != 0) {
                problems.add(id + " " + s + " but " + copies + " in the mailbox");
            }
        });
        inMailbox.keySet().stream().filter(id -> !messageIds.containsKey(id))
                .forEach(id -> problems.add(id + " in the mailbox but unknown to notification-service"));
        assertTrue(problems.isEmpty(), "every message sent is in the mailbox exactly once, none cancelled is" + at + ": "
                + problems);
        System.out.println("[fault suite] letters compared" + at + ": " + overdue.size() + " overdue steps in letters ("
                + stages() + "), " + dueSoon.size() + " pre-due notes, " + messageIds.size() + " messages against "
                + inMailbox.size() + " in the mailbox");
    }

    /** How many steps of the ladder were raised, by stage (all of them, the escalation too). */
    Map<String, Long> stages() throws Exception {
        return query("receivables", "SELECT data->>'stage', count(*) FROM event_store WHERE type = 'PaymentOverdue' "
                + "GROUP BY 1", rs -> Map.entry(rs.getString(1), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    /** The business day in SQL (the platform's business zone is the default, Asia/Shanghai). */
    static final String TODAY = "(now() AT TIME ZONE 'Asia/Shanghai')::date";

    /** The service's last event store position: it moves when anything is appended. */
    long lastPosition(String service) throws Exception {
        return count(service, "SELECT coalesce(max(position), 0) FROM event_store");
    }

    /** A digest of each read-model table of the service, row by row. */
    Map<String, String> projectionDigests(String service) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        for (String table : PROJECTIONS.get(service)) {
            digests.put(table, query(service, "SELECT count(*) || ' rows ' || md5(coalesce(string_agg(t::text, '|' "
                    + "ORDER BY t::text), '')) FROM " + table + " t", rs -> rs.getString(1)).get(0));
        }
        return digests;
    }
}
