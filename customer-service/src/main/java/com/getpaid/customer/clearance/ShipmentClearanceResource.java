package com.getpaid.customer.clearance;

import com.getpaid.events.Money;
import com.getpaid.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/shipment-clearance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class ShipmentClearanceResource {

    private final ShipmentClearances clearances;

    public ShipmentClearanceResource(ShipmentClearances clearances) {
        this.clearances = clearances;
    }

    @RolesAllowed({ Roles.ERP, Roles.CREDIT_MANAGER })
    @POST
    @Operation(summary = "May this order ship?", description = "Answered from local projections, with every reason "
            + "it may not. Changes nothing.")
    public Uni<ShipmentClearance> clear(@PathParam("customerId") String customerId,
            @NotNull @Valid ShipmentClearance.Request request) {
        Currency currency = Money.currency(request.currency());
        return clearances.decide(customerId, Money.scaled(request.amount(), currency.getCurrencyCode()), currency);
    }
}
