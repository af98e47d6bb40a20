package com.getpaid.customer.limit;

import com.getpaid.customer.card.CustomerCard;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/credit-limit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CreditLimitResource {

    /** The body of {@code POST .../credit-limit/approval}: which currency's waiting raise. */
    public record Approval(@NotNull @Pattern(regexp = "[A-Z]{3}", message = "is not an ISO 4217 code")
            @Schema(example = "CNY") String currency) {
    }

    private final CreditLimits limits;
    private final Actors actors;

    public CreditLimitResource(CreditLimits limits, Actors actors) {
        this.limits = limits;
        this.actors = actors;
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @PUT
    @Operation(summary = "Set the credit limit in a currency", description = "A lowering, or a raise up to the "
            + "currency's four-eyes threshold (customers.credit-limit.one-manager-up-to), is in force at once and the hold "
            + "is looked at again: 200 with the card. A raise above it is requested: 202 with the card showing it in "
            + "pendingRaises, in force once a second credit manager approves it. The same request again changes nothing.")
    public Response set(@PathParam("customerId") String customerId, @NotNull @Valid CreditLimitRequest body) {
        CustomerCard card = limits.set(customerId, body, actors.user());
        boolean waits = card.pendingRaises().stream().anyMatch(r -> r.currency().equals(body.currency()));
        return Response.status(waits ? 202 : 200).entity(card).build();
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Path("approval")
    @Operation(summary = "Approve a waiting raise (four eyes)", description = "A second credit manager, never the one who "
            + "requested it (422), puts the raise in force; the hold is looked at again. 409 when no raise waits in the "
            + "currency. Answers the card.")
    public CustomerCard approve(@PathParam("customerId") String customerId, @NotNull @Valid Approval body) {
        return limits.approve(customerId, body.currency(), actors.user());
    }
}
