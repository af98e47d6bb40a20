package com.getpaid.customer.card;

import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import com.getpaid.kit.validation.Code;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    private final CustomerService customers;

    private final Actors actors;

    public CustomerResource(CustomerService customers, Actors actors) {
        this.customers = customers;
        this.actors = actors;
    }

    @RolesAllowed({ Roles.ERP })
    @PUT
    @Operation(summary = "Register or update a customer", description = "201 when the customer is new, 200 when it was "
            + "updated or unchanged. Sending the same card again changes nothing. A new customer's limits are in force as "
            + "sent; on a known customer the limits are the credit manager's (PUT .../credit-limit): a limit that differs "
            + "from the one in force is kept as the ERP's proposal (proposedLimits on the card), not in force.")
    public Response register(@PathParam("customerId") @Code String customerId, @NotNull @Valid CustomerRequest request) {
        CustomerService.Registration result = customers.register(request.command(customerId), actors.user());
        return Response.status(result.created() ? 201 : 200).entity(result.card()).build();
    }

    /** The body of {@code POST .../handover}. */
    public record Handover(@Code @Schema(example = "zhao.lei") String toManager,
            @NotBlank @Size(max = 4000) @Schema(example = "Pays on the 25th; ask for Ms Li") String note,
            @Size(max = 200)
            @Schema(example = "Wang Fang", description = Actors.DISPLAY_NAME) String handedOverBy) {
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @jakarta.ws.rs.POST
    @Path("handover")
    @Operation(summary = "Hand the account to another manager", description = "Records the handover with its note; the "
            + "card's account manager changes, the customer is told its new contact by email, and the new manager gets a "
            + "task with the note, the open complaints and the overdue invoices. Answers the card.")
    public CustomerCard handOver(@PathParam("customerId") String customerId, @NotNull @Valid Handover body) {
        return customers.handOver(customerId, body.toManager(), body.note().strip(), actors.named(body.handedOverBy()));
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "The customer card with its exposure per currency and its supply hold")
    @APIResponse(responseCode = "200", description = "The card; a viewer alone gets the allow-listed viewer's card",
            content = @Content(schema = @Schema(oneOf = { CustomerCard.class, CustomerCard.ViewerCard.class })))
    public Uni<Object> card(@PathParam("customerId") String customerId) {
        boolean viewerOnly = actors.viewerOnly();
        return customers.read(customerId).map(known -> viewerOnly ? known.card().forViewer() : known.card());
    }
}
