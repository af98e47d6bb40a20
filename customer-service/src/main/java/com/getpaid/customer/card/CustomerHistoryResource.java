package com.getpaid.customer.card;

import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerHistoryResource {

    private final CustomerService customers;

    public CustomerHistoryResource(CustomerService customers) {
        this.customers = customers;
    }

    @GET
    @RolesAllowed(Roles.CREDIT_MANAGER)
    @Operation(summary = "Who changed what and when", description = "The customer's events from the event store, oldest "
            + "first: card changes and supply holds, each with who caused it (a token's subject and roles, or the "
            + "consumer that did) and what it recorded.")
    public List<CustomerService.Change> history(@PathParam("customerId") String customerId) {
        return customers.history(customerId);
    }
}
