package com.getpaid.receivables.invoice;

import com.getpaid.kit.api.Pages;
import com.getpaid.kit.api.Replies;
import com.getpaid.kit.validation.Code;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.security.CustomerScope;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class InvoiceResource {

    private final InvoiceService invoices;

    private final CustomerScope scope;

    public InvoiceResource(InvoiceService invoices, CustomerScope scope) {
        this.scope = scope;
        this.invoices = invoices;
    }

    @RolesAllowed({ Roles.ERP })
    @POST
    @Operation(summary = "Issue an invoice", description = "Idempotent on invoiceId: the same request again gets the same "
            + "answer, the same invoiceId with other content 409. Without dueDate the customer's payment terms decide it.")
    public Response issue(@NotNull @Valid InvoiceRequest request) {
        return Replies.of(invoices.issue(request.command()));
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Path("{invoiceId}")
    @Operation(summary = "An invoice with its status, open amount, days overdue and payments")
    @WithSession
    public Uni<InvoiceView> get(@PathParam("invoiceId") String invoiceId) {
        return invoices.read(invoiceId).call(invoice -> scope.covers(invoice.customerId()).invoke(covered -> {
            if (!covered) {
                throw new NotFound("No invoice '" + invoiceId + "'"); // a colleague's customer's, as if there were none
            }
        }));
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "A customer's invoices, oldest due first, each as GET /api/invoices/{invoiceId} answers it",
            description = "customerId is required. open=true keeps the invoices with anything open (neither PAID nor "
                    + "WRITTEN_OFF), open=false the closed ones; without it, all. Ordered by dueDate, then invoiceId (those "
                    + "still waiting for the customer's terms, without a due date, last); page from 0, size 1 to 100 (50 by default).")
    @WithSession
    public Uni<List<InvoiceView>> list(@QueryParam("customerId") @Code String customerId,
            @QueryParam("open") @Pattern(regexp = "true|false", message = "is not one of false, true") String open,
            @QueryParam("page") @Min(0) @Max(100_000) Integer page, @QueryParam("size") @Min(1) @Max(Pages.MAX) Integer size) {
        return invoices.list(customerId, open == null ? null : Boolean.valueOf(open), page == null ? 0 : page,
                size == null ? 50 : size);
    }
}
