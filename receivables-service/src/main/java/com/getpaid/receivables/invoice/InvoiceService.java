package com.getpaid.receivables.invoice;

import com.getpaid.events.Json;
import com.getpaid.events.Money;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.IssueInvoice;
import com.getpaid.receivables.query.Rows;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Issues invoices (idempotent on the invoice number) and reads them. */
@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final BusinessCalendar calendar;

    public InvoiceService(Commands commands, Accounts accounts, BusinessCalendar calendar) {
        this.commands = commands;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    public Answer<InvoiceView> issue(IssueInvoice command) {
        return commands.once(Idempotency.of("invoice", command.invoiceId(), "invoiceId", command), InvoiceView.class, tx -> {
            Connection c = tx.connection();
            if (Sql.one(c, "SELECT customer_id FROM invoice_view WHERE invoice_id = ?", rs -> rs.getString(1),
                    command.invoiceId()).isPresent()) {
                throw new AlreadyRecorded("invoiceId", "Invoice " + command.invoiceId() + " was already issued");
            }
            // the terms are read under the customer's lock: terms that arrive meanwhile either are seen
            // here or find this invoice waiting when their listener takes the lock after us
            tx.load(accounts, command.customerId()); // the lock first
            Optional<PaymentTerms> terms = termsOf(c, command.customerId());
            var decided = tx.decide(accounts, command.customerId(), a -> a.issue(command, terms));
            InvoiceIssued issued = decided.one(InvoiceIssued.class);
            LOG.infof("Invoice %s issued to customer %s: %s %s, due %s%s", issued.invoiceId(), issued.customerId(),
                    issued.amount().toPlainString(), issued.currency(), issued.dueDate(),
                    command.dueDate() == null ? (terms.isPresent() ? " (from the customer's terms " + terms.get().type() + ")"
                            : " (waiting for the customer's payment terms)") : "");
            // the customer's credit balance, when there is one, is applied at once (CreditApplied follows the invoice)
            List<InvoiceView.CreditAppliedPart> applied = new ArrayList<>();
            decided.all(CreditApplied.class).forEach(e -> {
                LOG.infof("Credit balance of customer %s applied: %s; %s %s left", e.customerId(), e.allocations().stream()
                        .map(a -> a.invoiceId() + " " + a.amount().toPlainString()).toList(), e.remaining().toPlainString(),
                        e.currency());
                e.allocations().stream().filter(a -> a.invoiceId().equals(issued.invoiceId()))
                        .forEach(a -> applied.add(new InvoiceView.CreditAppliedPart(a.amount(), e.appliedOn())));
            });
            tx.flush(); // the answer is the invoice as the projection now shows it
            return Answer.created(view(c, command.invoiceId(), applied).orElseThrow());
        });
    }

    /** The invoice for the queries: read on the event loop; fails with 404 when there is none. */
    public Uni<InvoiceView> read(String invoiceId) {
        return InvoiceRow.<InvoiceRow>findById(invoiceId).chain(row -> {
            if (row == null) {
                throw new NotFound("No invoice '" + invoiceId + "'");
            }
            return views(List.of(row)).map(views -> views.get(0));
        });
    }

    /**
     * One page of a customer's invoices, oldest due first (then by invoice id; those still waiting for a due date
     * last), each as {@link #read} answers it: {@code open} true keeps those with anything open, false the closed
     * ones (paid or written off), null all. Two queries whatever the page size.
     */
    public Uni<List<InvoiceView>> list(String customerId, Boolean open, int page, int size) {
        String where = "customerId = ?1" + (open == null ? "" : open ? " and openAmount > 0" : " and openAmount = 0");
        return InvoiceRow.<InvoiceRow>find(where, Sort.by("dueDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST)
                .and("invoiceId"), customerId).page(Page.of(page, size)).list().chain(this::views);
    }

    /** The views of projection rows with their payments, credit notes, credit applied and standing write-off, in one round trip. */
    private Uni<List<InvoiceView>> views(List<InvoiceRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // invoice, kind, reference, amount, date, reason, by
        return Rows.of("SELECT invoice_id, 'PAYMENT', payment_id, amount, received_on, NULL, NULL FROM allocation_view "
                + "WHERE invoice_id = ANY (:invoices) UNION ALL SELECT invoice_id, 'CREDIT_NOTE', credit_note_id, applied, issue_date, "
                + "reason, NULL FROM credit_note_view WHERE invoice_id = ANY (:invoices) UNION ALL SELECT invoice_id, 'WRITE_OFF', "
                + "write_off_id, amount, written_off_on, reason, approved_by FROM write_off_view WHERE invoice_id = ANY (:invoices) "
                + "AND reinstated_on IS NULL UNION ALL SELECT invoice_id, 'CREDIT_APPLIED', NULL, amount, applied_on, NULL, NULL "
                + "FROM credit_applied_view WHERE invoice_id = ANY (:invoices) ORDER BY 5, 3",
                Map.of("invoices", rows.stream().map(row -> row.invoiceId).toArray(String[]::new))).map(found -> {
                    Map<String, List<Object[]>> partsOf = found.stream().collect(Collectors.groupingBy(p -> (String) p[0]));
                    LocalDate today = calendar.today();
                    return rows.stream().map(row -> view(row, partsOf.getOrDefault(row.invoiceId, List.of()), today)).toList();
                });
    }

    private static InvoiceView view(InvoiceRow row, List<Object[]> parts, LocalDate today) {
        return InvoiceView.of(row, parts.stream().filter(p -> p[1].equals("PAYMENT"))
                .map(p -> new InvoiceView.PaymentPart((String) p[2], Money.scaled(Rows.decimal(p[3]), row.currency),
                        Rows.date(p[4]))).toList(),
                parts.stream().filter(p -> p[1].equals("CREDIT_NOTE")).map(p -> new InvoiceView.CreditNotePart(
                        (String) p[2], Money.scaled(Rows.decimal(p[3]), row.currency), Rows.date(p[4]),
                        (String) p[5])).toList(),
                parts.stream().filter(p -> p[1].equals("CREDIT_APPLIED")).map(p -> new InvoiceView.CreditAppliedPart(
                        Money.scaled(Rows.decimal(p[3]), row.currency), Rows.date(p[4]))).toList(),
                parts.stream().filter(p -> p[1].equals("WRITE_OFF")).findFirst().map(p -> new InvoiceView.WriteOff(
                        (String) p[2], Money.scaled(Rows.decimal(p[3]), row.currency), Rows.date(p[4]),
                        (String) p[5], (String) p[6])).orElse(null), today);
    }

    static Optional<PaymentTerms> termsOf(Connection c, String customerId) throws Exception {
        return Sql.one(c, "SELECT payment_terms::text FROM customer_terms WHERE customer_id = ?",
                rs -> Json.read(rs.getString(1), PaymentTerms.class), customerId);
    }

    /** The invoice as the write side answers a command with it, inside the command's transaction. */
    Optional<InvoiceView> view(Connection c, String invoiceId, List<InvoiceView.CreditAppliedPart> creditApplied)
            throws Exception {
        var payments = Sql.list(c, "SELECT a.payment_id, a.amount, a.received_on, i.currency FROM allocation_view a "
                + "JOIN invoice_view i ON i.invoice_id = a.invoice_id WHERE a.invoice_id = ? ORDER BY a.received_on, a.payment_id",
                rs -> new InvoiceView.PaymentPart(rs.getString(1), Money.scaled(rs.getBigDecimal(2), rs.getString(4)),
                        Sql.date(rs, "received_on")), invoiceId);
        return Sql.one(c, "SELECT * FROM invoice_view WHERE invoice_id = ?", rs -> {
            InvoiceRow row = new InvoiceRow();
            row.invoiceId = rs.getString("invoice_id");
            row.customerId = rs.getString("customer_id");
            row.deliveryRef = rs.getString("delivery_ref");
            row.issueDate = Sql.date(rs, "issue_date");
            row.dueDate = Sql.date(rs, "due_date");
            row.amount = rs.getBigDecimal("amount");
            row.openAmount = rs.getBigDecimal("open_amount");
            row.currency = rs.getString("currency");
            row.dunningLevel = rs.getInt("dunning_level");
            row.dunningStage = rs.getString("dunning_stage");
            row.nextDunningOn = Sql.date(rs, "next_dunning_on");
            row.pausedUntil = Sql.date(rs, "paused_until");
            row.disputed = rs.getBigDecimal("disputed");
            return InvoiceView.of(row, payments, List.of(), creditApplied, null, calendar.today()); // answers issuing
        }, invoiceId);
    }

}
