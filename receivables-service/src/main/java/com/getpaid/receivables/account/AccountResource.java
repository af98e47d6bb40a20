package com.getpaid.receivables.account;

import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/accounts/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    private final AccountQueries accounts;

    public AccountResource(AccountQueries accounts) {
        this.accounts = accounts;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "A customer's balances per currency (open, overdue, credit from overpayments) and open invoices")
    @WithSession
    public Uni<AccountView> get(@PathParam("customerId") String customerId) {
        return accounts.read(customerId);
    }
}
