package com.getpaid.receivables.statement;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.api.Period;
import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/accounts/{customerId}/statement")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class StatementResource {

    private final Statements statements;
    private final BusinessCalendar calendar;

    public StatementResource(Statements statements, BusinessCalendar calendar) {
        this.statements = statements;
        this.calendar = calendar;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "Statement of account (对账单) per currency: opening balance, movements, closing balance",
            description = "from and to (YYYY-MM-DD, both included; default this month up to today; at most 366 days). "
                    + "Balances are what the customer owes net of its credit balance; the opening balance is the closing "
                    + "balance of everything before from. closingBalance = openInvoices - creditBalance on the day to, the "
                    + "figures of GET /api/accounts/{customerId} and the aging report for that day. Line types: INVOICE, "
                    + "PAYMENT, CREDIT_NOTE, WRITE_OFF, REINSTATEMENT, REFUND, CREDIT_APPLIED (debit and credit alike: "
                    + "credit balance used on an invoice moves nothing).")
    @WithSession
    public Uni<StatementView> statement(@PathParam("customerId") String customerId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Period period = Period.of(from, to, calendar.today(), last -> last.withDayOfMonth(1));
        return statements.read(customerId, period.first(), period.last());
    }
}
