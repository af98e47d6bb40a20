package com.getpaid.receivables.statement;

import com.getpaid.events.Json;
import com.getpaid.kit.api.Replies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.getpaid.kit.security.Roles;
import com.getpaid.receivables.query.Rows;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/accounts/{customerId}/statement-confirmations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class ConfirmationResource {

    private final StatementConfirmations confirmations;

    public ConfirmationResource(StatementConfirmations confirmations) {
        this.confirmations = confirmations;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPERVISOR })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the customer's answer to a month's statement (对账确认)", description = "Without differences "
            + "it confirms the closing balances on the month's last day, which are recorded with it; with differences "
            + "(at most 50) the status is DIFFERENCES_REPORTED. A month is answered once it is over (422 before). The same "
            + "answer sent again is recorded once; a new answer for the month supersedes the earlier one.")
    public Response confirm(@PathParam("customerId") String customerId, @NotNull @Valid ConfirmationRequest request) {
        return Replies.of(confirmations.confirm(customerId, request.checked()));
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "The customer's answers to its statements, latest month first, the latest answer of a month first")
    @WithSession
    public Uni<List<Confirmation>> list(@PathParam("customerId") String customerId) {
        return Rows.of("SELECT confirmation::text, position FROM statement_confirmation_view WHERE customer_id = :customer "
                + "ORDER BY period DESC, position DESC LIMIT 120", Map.of("customer", customerId))
                .map(rows -> rows.stream().map(r -> Json.read((String) r[0], Confirmation.class))
                        .toList());
    }
}
