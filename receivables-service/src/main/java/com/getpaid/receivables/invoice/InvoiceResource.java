package com.getpaid.receivables.invoice;

import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceResource {

    private final InvoiceService invoices;

    public InvoiceResource(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @RolesAllowed({ Roles.ERP })
    @POST
    @Operation(summary = "Issue an invoice", description = "Idempotent on invoiceId: the same request again gets the same "
            + "answer, the same invoiceId with other content 409. Without dueDate the customer's payment terms decide it.")
    public Response issue(InvoiceRequest request) {
        return invoices.issue(ApiProblem.requireBody(request).validate()).toResponse();
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Path("{invoiceId}")
    @Operation(summary = "An invoice with its status, open amount, days overdue and payments")
    @WithSession
    public Uni<InvoiceView> get(@PathParam("invoiceId") String invoiceId) {
        return invoices.read(invoiceId);
    }
}
