package com.getpaid.receivables.account;

import com.getpaid.kit.api.ApiProblem;
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

    @GET
    @Operation(summary = "A customer's balances per currency (open, overdue, credit from overpayments) and open invoices")
    public AccountView get(@PathParam("customerId") String customerId) {
        return accounts.find(customerId)
                .orElseThrow(() -> ApiProblem.notFound("No invoices or payments for customer '" + customerId + "'"));
    }
}
