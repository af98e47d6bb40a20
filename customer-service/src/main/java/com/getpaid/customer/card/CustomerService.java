package com.getpaid.customer.card;

import com.fasterxml.jackson.databind.JsonNode;
import com.getpaid.customer.account.Customer;
import com.getpaid.customer.account.Suspension;
import com.getpaid.customer.complaint.OpenComplaints;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.customer.hold.HoldEvaluator;
import com.getpaid.events.Json;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Decided;
import com.getpaid.kit.domain.NotFound;
import io.smallrye.mutiny.Uni;
import com.getpaid.kit.security.CustomerScope;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Registers customers and reads their cards. */
@ApplicationScoped
public class CustomerService {

    private static final Logger LOG = Logger.getLogger(CustomerService.class);

    private final Kernel kernel;
    private final Commands commands;
    private final HoldEvaluator holds;
    private final ExposureLedger ledger;
    private final Pool reads;
    private final java.time.Clock clock;

    public CustomerService(Kernel kernel, Commands commands, HoldEvaluator holds, ExposureLedger ledger, Pool reads,
            java.time.Clock clock) {
        this.clock = clock;
        this.kernel = kernel;
        this.commands = commands;
        this.reads = reads;
        this.holds = holds;
        this.ledger = ledger;
    }

    /** Whether the customer was new, and its card after the command. */
    public record Registration(boolean created, CustomerCard card) {
    }

    /** The ERP registers or updates the card; {@code by} is the token's user (a changed limit is its proposal). */
    public Registration register(RegisterCustomer command, String by) {
        return commands.run(tx -> {
            boolean created = !tx.load(Customer.KIND, command.customerId()).registered();
            Decided<CustomerEvent> decided = tx.decide(Customer.KIND, command.customerId(),
                    customer -> customer.register(command.profile(), by, clock.instant()));
            if (!decided.isEmpty()) {
                LOG.infof("Customer %s %s (terms %s, credit limit %s %s %s)", command.customerId(),
                        created ? "registered" : "updated", command.paymentTerms().type(),
                        command.creditLimit().toPlainString(), command.currency(), created ? "in force" : "sent");
                holds.reevaluate(tx, command.customerId()); // new terms may hold or release
            }
            tx.flush(); // the answer is the card as the projection now has it
            return new Registration(created, card(tx.connection(), command.customerId()).orElseThrow());
        });
    }

    /** One entry of the audit trail: when, what, who caused it, and what the event recorded. */
    public record Change(Instant at, String event, String by, JsonNode recorded) {
    }

    /** The customer's stream, oldest first; 404 when there is no such customer. */
    public List<Change> history(String customerId) {
        List<Change> changes = kernel.transact(c -> kernel.store().load(c, Customer.streamId(customerId)).stream()
                .map(e -> new Change(e.occurredAt(), e.type(), e.causedBy(),
                        Json.MAPPER.valueToTree(e.event()))).toList());
        if (changes.isEmpty()) {
            throw new NotFound("No customer '" + customerId + "'");
        }
        return changes;
    }

    /** The card as the write side returns it, inside the command's transaction. */
    public Optional<CustomerCard> card(Connection c, String customerId) throws Exception {
        Optional<CardRow> row = Sql.one(c, "SELECT customer_id, name, email, preferred_language, payment_terms::text, "
                + "credit_limit, currency, hold_reasons::text, hold_since, collection::text, "
                + OpenComplaints.json("card.customer_id") + ", credit::text, details::text, "
                + valueJson("card.customer_id") + ", " + LIMIT_CHANGES + " FROM customer_card card WHERE customer_id = ?",
                rs -> new CardRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getString(15)),
                customerId);
        return row.isEmpty() ? Optional.empty() : Optional.of(CustomerCard.of(row.get(), ledger.of(c, customerId)));
    }

    /**
     * Hands the account to {@code toManager}, telling the new manager the customer's open complaints and overdue
     * invoices with the note (notification-service makes it a task, and tells the customer its new contact).
     */
    public CustomerCard handOver(String customerId, String toManager, String note, String by) {
        return commands.run(tx -> {
            Connection c = tx.connection();
            if (!tx.load(Customer.KIND, customerId).registered()) {
                throw new NotFound("No customer '" + customerId + "'");
            }
            List<String> complaints = Sql.list(c, "SELECT complaint_id || ' (' || status || ', ' || category || ')' FROM "
                    + "customer_complaint WHERE customer_id = ? AND status NOT IN ('CLOSED', 'CLOSED_UNREACHABLE') "
                    + "ORDER BY logged_at LIMIT 50", rs -> rs.getString(1), customerId);
            List<String> overdue = Sql.list(c, "SELECT invoice_id || ' (due ' || due_date || ', ' || (open_amount - disputed) "
                    + "|| ' ' || currency || ' open)' FROM receivable_invoice WHERE customer_id = ? AND " + ExposureLedger.OVERDUE
                    + " ORDER BY due_date LIMIT 50", rs -> rs.getString(1), customerId);
            Instant now = clock.instant();
            tx.decide(Customer.KIND, customerId, customer -> customer.handOver(toManager, note, by, complaints, overdue, now));
            LOG.infof("Customer %s handed over to %s by %s (%d open complaints, %d overdue invoices)", customerId, toManager,
                    by, complaints.size(), overdue.size());
            tx.flush(); // the answer is the card as the projection now has it
            return card(c, customerId).orElseThrow();
        });
    }

    /**
     * What a dashboard or the search box asks for, every part optional: by hold (null: all), grade, tier, a search
     * ({@code q}: an id starting with it or a name containing it, any case) and the credit review due by a day.
     */
    public record ListFilter(Boolean onHold, String grade, String tier, String q, java.time.LocalDate reviewDueBy, int page,
            int size, String scope) {
    }

    /**
     * Customers for dashboards, longest held first; a search puts the ids that start with it first, then goes by name;
     * by review due, soonest review first.
     */
    public List<CustomerListResource.Listed> list(ListFilter f) {
        StringBuilder where = new StringBuilder(" WHERE (credit->>'grade' = ? OR ?::text IS NULL) AND (v.tier = ? OR ?::text "
                + "IS NULL)" + (f.onHold() == null ? "" : f.onHold() ? " AND hold_since IS NOT NULL" : " AND hold_since IS NULL"));
        List<Object> params = new java.util.ArrayList<>(java.util.Arrays.asList(f.grade(), f.grade(), f.tier(), f.tier()));
        where.append(" AND ").append(CustomerScope.sql("k.collection->>'accountManager'", "?"));
        params.add(f.scope());
        params.add(f.scope());
        String order = " ORDER BY hold_since NULLS LAST, k.customer_id";
        if (f.reviewDueBy() != null) {
            where.append(" AND k.next_review_due <= ?");
            params.add(f.reviewDueBy());
            order = " ORDER BY k.next_review_due, k.customer_id";
        }
        if (f.q() != null) {
            // q as typed, not a pattern: LIKE's wildcards and its escape character (backslash) escaped
            String literal = f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.append(" AND (k.customer_id ILIKE ? OR k.name ILIKE ?)");
            params.add(literal + "%");
            params.add("%" + literal + "%");
            order = " ORDER BY k.customer_id ILIKE ? DESC, lower(k.name), k.customer_id";
            params.add(literal + "%");
        }
        params.add(f.size());
        params.add((long) f.page() * f.size());
        String sql = "SELECT k.customer_id, name, hold_reasons::text, hold_since, credit->>'grade', v.tier, k.next_review_due, "
                + "k.collection->>'accountManager' FROM customer_card k LEFT JOIN customer_value v ON v.customer_id = "
                + "k.customer_id" + where + order + " LIMIT ? OFFSET ?";
        return kernel.transact(c -> Sql.list(c, sql,
                rs -> new CustomerListResource.Listed(rs.getString(1), rs.getString(2), Sql.instant(rs, "hold_since") != null,
                        List.of(Json.read(rs.getString(3), com.getpaid.events.customers.HoldReason[].class)).stream()
                                .map(com.getpaid.events.customers.HoldReason::code).toList(),
                        Sql.instant(rs, "hold_since"), rs.getString(5), rs.getString(6), Sql.date(rs, "next_review_due"),
                        rs.getString(8)), params.toArray()));
    }

    /** The card's value tier and RFM as JSON, for the customer in {@code customerIdColumn}; null before the first ranking. */
    private static String valueJson(String customerIdColumn) {
        return "(SELECT json_build_object('tier', v.tier, 'rfm', v.rfm, 'rfmScore', v.rfm_score, 'revenue', v.revenue, "
                + "'currency', v.currency, 'computedOn', v.computed_on)::text FROM customer_value v WHERE v.customer_id = "
                + customerIdColumn + ")";
    }

    /** The card, the exposure it shows and a manager's suspension of hold reasons, for the queries (card, clearance). */
    public record Known(CustomerCard card, Exposure exposure, Suspension suspension) {
    }

    /**
     * Reads the card with its exposure for the queries, on the event loop, in one round trip through
     * the reactive PostgreSQL client; fails with 404 when there is no such customer.
     */
    public Uni<Known> read(String customerId) {
        return reads.preparedQuery(READ).execute(Tuple.of(customerId)).map(rows -> {
            if (rows.size() == 0) {
                throw new NotFound("No customer '" + customerId + "'");
            }
            Row r = rows.iterator().next();
            Exposure exposure = ExposureLedger.fromJson(r.getString(9), r.getString(10), r.getString(14));
            CardRow row = new CardRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getBigDecimal(5), r.getString(6), r.getString(7), r.getOffsetDateTime(8), r.getString(11), r.getString(12),
                    r.getString(13), r.getString(15), r.getString(16), r.getString(17));
            Suspension suspension = r.getValue(19) == null || r.getValue(18) == null ? Suspension.NONE
                    : new Suspension(List.of(Json.read(r.getString(18), String[].class)), r.getOffsetDateTime(19).toInstant());
            return new Known(CustomerCard.of(row, exposure), exposure, suspension);
        });
    }

    /** The ERP's proposed limits and the raises waiting for a second credit manager, as JSON. */
    private static final String LIMIT_CHANGES = "json_build_object('proposed', limit_proposals, 'raises', limit_raises)::text";

    /** The card and, aggregated as JSON, its exposure: totals per currency and the overdue invoices. */
    private static final String READ = "SELECT c.customer_id, c.name, c.email, c.preferred_language, "
            + "c.payment_terms::text, c.credit_limit, c.currency, c.hold_reasons::text, c.hold_since, "
            + "(SELECT json_agg(t ORDER BY t.currency)::text FROM (SELECT currency, " + ExposureLedger.SUMS
            + "  FROM receivable_invoice WHERE customer_id = $1 AND open_amount > 0 GROUP BY currency) t), "
            + "(SELECT json_agg(o ORDER BY o.\"dueDate\", o.\"invoiceId\")::text FROM (SELECT invoice_id AS \"invoiceId\", "
            + "  due_date AS \"dueDate\", open_amount - disputed AS \"openAmount\", currency FROM receivable_invoice "
            + "  WHERE customer_id = $1 AND " + ExposureLedger.OVERDUE + ") o) "
            + ", c.collection::text, " + OpenComplaints.json("c.customer_id")
            + ", c.credit::text, (SELECT json_agg(u.invoice_id ORDER BY u.due_date, u.invoice_id)::text FROM (SELECT invoice_id, "
            + "due_date FROM receivable_invoice WHERE customer_id = $1 AND " + ExposureLedger.UNPAID + " ORDER BY due_date, "
            + "invoice_id LIMIT 100) u), c.details::text, " + valueJson("c.customer_id") + ", " + LIMIT_CHANGES
            + ", c.hold_suspended::text, c.hold_suspended_until FROM customer_card c WHERE c.customer_id = $1";
}
