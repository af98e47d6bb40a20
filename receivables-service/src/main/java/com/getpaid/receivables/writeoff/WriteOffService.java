package com.getpaid.receivables.writeoff;

import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.command.Decided;
import com.getpaid.receivables.account.ApprovalPolicy;
import com.getpaid.receivables.approval.Requested;
import java.util.Optional;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.WriteOffInvoice;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Writes off what is open on an invoice, idempotent on the write-off number. */
@ApplicationScoped
public class WriteOffService {

    private static final Logger LOG = Logger.getLogger(WriteOffService.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;
    private final BusinessCalendar calendar;

    private final ApprovalPolicy policy;

    public WriteOffService(Commands commands, Accounts accounts, Actors actors, BusinessCalendar calendar,
            ApprovalPolicy policy) {
        this.policy = policy;
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
        this.calendar = calendar;
    }

    /**
     * The write-off (201), approved by the caller (the token's user), or, when what is open is above the threshold,
     * the request for a second person's approval (202).
     */
    public Answer<Object> writeOff(WriteOffRequest.Checked request) {
        return commands.once(Idempotency.of("write-off", request.writeOffId(), "writeOffId", request), Object.class,
                tx -> {
            String customerId = Sql.one(tx.connection(), "SELECT customer_id FROM invoice_view WHERE invoice_id = ?", rs -> rs.getString(1),
                    request.invoiceId()).orElseThrow(() -> new NotFound("No invoice '" + request.invoiceId() + "'"));
            WriteOffInvoice command = new WriteOffInvoice(request.writeOffId(), request.invoiceId(), customerId,
                    calendar.today(), request.reason(), actors.user());
            Decided<ReceivableEvent> decided = tx.decide(accounts, customerId, a -> a.requestWriteOff(command, policy));
            Optional<Answer<Object>> pending = Requested.pending(decided);
            if (pending.isPresent()) {
                return pending.get();
            }
            InvoiceWrittenOff e = decided.one(InvoiceWrittenOff.class);
            LOG.infof("Invoice %s of customer %s written off: %s %s (%s), approved and recorded by %s", e.invoiceId(),
                    e.customerId(), e.amount().toPlainString(), e.currency(), e.writeOffId(), actors.describe());
            return Answer.<Object>created(e);
        });
    }
}
