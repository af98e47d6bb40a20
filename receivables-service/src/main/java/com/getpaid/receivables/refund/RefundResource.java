package com.getpaid.receivables.refund;

import com.getpaid.kit.api.Replies;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Refunds")
public class RefundResource {

    private final RefundService refunds;

    public RefundResource(RefundService refunds) {
        this.refunds = refunds;
    }

    @RolesAllowed({ Roles.ERP, Roles.CREDIT_MANAGER })
    @POST
    @Operation(summary = "Pay back credit balance (退款)", description = "Idempotent on refundId. More than the customer's "
            + "credit balance in that currency is refused with 422.")
    public Response refund(@NotNull @Valid RefundRequest request) {
        return Replies.of(refunds.refund(request.command()));
    }
}
