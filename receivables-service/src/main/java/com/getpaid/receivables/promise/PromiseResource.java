package com.getpaid.receivables.promise;

import com.getpaid.kit.api.Pages;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.api.Replies;
import com.getpaid.kit.validation.Code;
import com.getpaid.receivables.api.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.CustomerScope;
import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/promises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promises to pay")
public class PromiseResource {

    private final PromiseService commands;
    private final Promises promises;
    private final BusinessCalendar calendar;
    private final Actors actors;

    private final CustomerScope scope;

    public PromiseResource(PromiseService commands, Promises promises, BusinessCalendar calendar, Actors actors,
            CustomerScope scope) {
        this.scope = scope;
        this.actors = actors;
        this.commands = commands;
        this.promises = promises;
        this.calendar = calendar;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPERVISOR })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a promise to pay (承诺付款)", description = "Idempotent on promiseId. The invoices (at most "
            + "200) must be the customer's, open, in the promise's currency, and the amount must cover each of them in "
            + "full, oldest due first (what it pauses; 422 naming amount otherwise: a 0.01 promise pauses nothing); "
            + "promisedFor is today or later, at most receivables.promise.max-days-ahead (90) days ahead. recordedBy is "
            + "the caller's token. Their dunning pauses until promisedFor plus the tolerance (default 2 days); "
            + "then the promise is judged KEPT, PARTIALLY_KEPT or BROKEN and dunning resumes at the step the invoices' age "
            + "calls for. A payment that covers the promise keeps it at once.")
    public Response record(@NotNull @Valid PromiseRequest request) {
        scope.require(request.customerId());
        return Replies.of(commands.record(request.command(calendar.today(), actors.user())));
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "Promises to pay: a customer's latest promised day first, across customers soonest first",
            description = "Filters, each optional: customerId; status (OPEN, KEPT, PARTIALLY_KEPT, BROKEN); dueBy "
            + "(YYYY-MM-DD: promised for that day or before); recordedBy (as recorded). page from 0, size 1 to 100 (50 by "
            + "default, 100 for one customer's promises). "
            + "Each promise names its customer (customerName, once customer-service has told it).")
    @WithSession
    public Uni<List<?>> list(
            @QueryParam("customerId") @Pattern(regexp = Code.PATTERN, message = "is not a valid id") String customerId,
            @QueryParam("status") @Pattern(regexp = "OPEN|KEPT|PARTIALLY_KEPT|BROKEN",
                    message = "is not one of BROKEN, KEPT, OPEN, PARTIALLY_KEPT") String status,
            @QueryParam("dueBy") @IsoDate String dueBy, @QueryParam("recordedBy") @Size(max = 200) String recordedBy,
            @QueryParam("page") @Min(0) @Max(100_000) Integer page, @QueryParam("size") @Min(1) @Max(Pages.MAX) Integer size) {
        LocalDate day = dueBy == null || dueBy.isBlank() ? null : LocalDate.parse(dueBy);
        String by = recordedBy == null || recordedBy.isBlank() ? null : recordedBy.strip();
        return promises.list(new Promises.Filter(customerId, status, day, by, page == null ? 0 : page,
                size == null ? (customerId == null ? 50 : Pages.MAX) : size, scope.parameter()))
                .map(listed -> actors.viewerOnly() ? listed.stream().map(PromiseView::glance).toList() : listed);
    }
}
