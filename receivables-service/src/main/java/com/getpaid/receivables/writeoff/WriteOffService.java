package com.getpaid.receivables.writeoff;

import com.getpaid.events.Json;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.WriteOffInvoice;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Writes off what is open on an invoice, idempotent on the write-off number. */
@ApplicationScoped
public class WriteOffService {

    private static final Logger LOG = Logger.getLogger(WriteOffService.class);

    private final Kernel kernel;
    private final Accounts accounts;
    private final Actors actors;
    private final BusinessCalendar calendar;

    public WriteOffService(Kernel kernel, Accounts accounts, Actors actors, BusinessCalendar calendar) {
        this.kernel = kernel;
        this.accounts = accounts;
        this.actors = actors;
        this.calendar = calendar;
    }

    public IdempotentRequests.Reply writeOff(WriteOffRequest.Checked request) {
        return kernel.transact(c -> IdempotentRequests.once(c, "write-off", request.writeOffId(), "writeOffId", request, () -> {
            String customerId = Sql.one(c, "SELECT customer_id FROM invoice_view WHERE invoice_id = ?", rs -> rs.getString(1),
                    request.invoiceId()).orElseThrow(() -> ApiProblem.notFound("No invoice '" + request.invoiceId() + "'"));
            WriteOffInvoice command = new WriteOffInvoice(request.writeOffId(), request.invoiceId(), customerId,
                    calendar.today(), request.reason(), request.approvedBy());
            var stored = accounts.decide(c, customerId, actors.cause(), a -> a.writeOff(command));
            InvoiceWrittenOff e = (InvoiceWrittenOff) stored.get(0).event();
            LOG.infof("Invoice %s of customer %s written off: %s %s (%s), approved by %s, recorded by %s", e.invoiceId(),
                    e.customerId(), e.amount().toPlainString(), e.currency(), e.writeOffId(), e.approvedBy(), actors.describe());
            return new IdempotentRequests.Reply(201, Json.write(e));
        }));
    }
}
