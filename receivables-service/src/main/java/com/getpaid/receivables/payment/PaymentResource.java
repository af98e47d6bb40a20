package com.getpaid.receivables.payment;

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

@Path("/api/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentResource {

    private final PaymentService payments;

    public PaymentResource(PaymentService payments) {
        this.payments = payments;
    }

    @RolesAllowed({ Roles.ERP })
    @POST
    @Operation(summary = "Record a payment", description = "Idempotent on paymentId. Without allocations the payment goes "
            + "to the oldest due invoices of its currency first; what is left stays as the customer's credit.")
    public Response receive(@NotNull @Valid PaymentRequest request) {
        return Replies.of(payments.receive(request.command()));
    }
}
