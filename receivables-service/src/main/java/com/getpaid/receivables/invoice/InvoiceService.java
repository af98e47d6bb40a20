package com.getpaid.receivables.invoice;

import com.getpaid.events.Json;
import com.getpaid.events.Money;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.IssueInvoice;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Issues invoices (idempotent on the invoice number) and reads them. */
@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class);

    private final Kernel kernel;
    private final Accounts accounts;
    private final BusinessCalendar calendar;

    public InvoiceService(Kernel kernel, Accounts accounts, BusinessCalendar calendar) {
        this.kernel = kernel;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    public IdempotentRequests.Reply issue(IssueInvoice command) {
        return kernel.transact(c -> IdempotentRequests.once(c, "invoice", command.invoiceId(), "invoiceId", command, () -> {
            if (Sql.one(c, "SELECT customer_id FROM invoice_view WHERE invoice_id = ?", rs -> rs.getString(1),
                    command.invoiceId()).isPresent()) {
                throw com.getpaid.kit.api.ApiProblem.conflict("invoiceId", "Invoice " + command.invoiceId()
                        + " was already issued");
            }
            // the terms are read under the customer's lock: terms that arrive meanwhile either are seen
            // here or find this invoice waiting when their listener takes the lock after us
            List<Optional<PaymentTerms>> seen = new ArrayList<>(1);
            var stored = accounts.decide(c, command.customerId(), EventStore.Cause.none(), a -> {
                seen.add(termsOf(c, command.customerId()));
                return a.issue(command, seen.get(0));
            });
            Optional<PaymentTerms> terms = seen.get(0);
            InvoiceIssued issued = (InvoiceIssued) stored.get(0).event();
            LOG.infof("Invoice %s issued to customer %s: %s %s, due %s%s", issued.invoiceId(), issued.customerId(),
                    issued.amount().toPlainString(), issued.currency(), issued.dueDate(),
                    command.dueDate() == null ? (terms.isPresent() ? " (from the customer's terms " + terms.get().type() + ")"
                            : " (waiting for the customer's payment terms)") : "");
            return new IdempotentRequests.Reply(201, Json.write(view(c, command.invoiceId()).orElseThrow()));
        }));
    }

    public Optional<InvoiceView> find(String invoiceId) {
        return kernel.transact(c -> view(c, invoiceId));
    }

    static Optional<PaymentTerms> termsOf(Connection c, String customerId) throws Exception {
        return Sql.one(c, "SELECT payment_terms::text FROM customer_terms WHERE customer_id = ?",
                rs -> Json.read(rs.getString(1), PaymentTerms.class), customerId);
    }

    Optional<InvoiceView> view(Connection c, String invoiceId) throws Exception {
        LocalDate today = calendar.today();
        var payments = Sql.list(c, "SELECT a.payment_id, a.amount, a.received_on, i.currency FROM allocation_view a "
                + "JOIN invoice_view i ON i.invoice_id = a.invoice_id WHERE a.invoice_id = ? ORDER BY a.received_on, a.payment_id",
                rs -> new InvoiceView.PaymentPart(rs.getString(1), Money.scaled(rs.getBigDecimal(2), rs.getString(4)),
                        Sql.date(rs, "received_on")), invoiceId);
        return Sql.one(c, "SELECT * FROM invoice_view WHERE invoice_id = ?", rs -> {
            String currency = rs.getString("currency");
            BigDecimal amount = Money.scaled(rs.getBigDecimal("amount"), currency);
            BigDecimal open = Money.scaled(rs.getBigDecimal("open_amount"), currency);
            LocalDate due = Sql.date(rs, "due_date");
            int daysOverdue = due != null && open.signum() > 0 && today.isAfter(due)
                    ? (int) ChronoUnit.DAYS.between(due, today) : 0;
            return new InvoiceView(rs.getString("invoice_id"), rs.getString("customer_id"), rs.getString("delivery_ref"),
                    Sql.date(rs, "issue_date"), due, amount, currency, open, InvoiceView.status(amount, open, due, today),
                    daysOverdue, rs.getInt("dunning_level"), payments);
        }, invoiceId);
    }

}
