package com.getpaid.customer.hold;

import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
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
    public Uni<ShipmentClearance> clear(@PathParam("customerId") String customerId, ShipmentClearance.Request request) {
        ApiProblem.requireBody(request);
        Check check = new Check();
        Currency currency = check.currency("currency", request.currency());
        BigDecimal amount = check.amount("amount", request.amount(), currency, false);
        check.done();
        return clearances.decide(customerId, amount, currency);
    }
}
