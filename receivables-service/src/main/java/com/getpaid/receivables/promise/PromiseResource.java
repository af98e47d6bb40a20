package com.getpaid.receivables.promise;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Replies;
import com.getpaid.kit.api.Check;
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

    public PromiseResource(PromiseService commands, Promises promises, BusinessCalendar calendar) {
        this.commands = commands;
        this.promises = promises;
        this.calendar = calendar;
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a promise to pay (承诺付款)", description = "Idempotent on promiseId. The invoices (at most "
            + "200) must be the customer's, open, in the promise's currency, and hold at least the amount promised; "
            + "promisedFor is today or later. Their dunning pauses until promisedFor plus the tolerance (default 2 days); "
            + "then the promise is judged KEPT, PARTIALLY_KEPT or BROKEN and dunning resumes at the step the invoices' age "
            + "calls for. A payment that covers the promise keeps it at once.")
    public Response record(PromiseRequest request) {
        return Replies.of(commands.record(ApiProblem.requireBody(request).validate(calendar.today())));
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Operation(summary = "Promises to pay: a customer's latest promised day first, across customers soonest first",
            description = "Filters, each optional: customerId; status (OPEN, KEPT, PARTIALLY_KEPT, BROKEN); dueBy "
            + "(YYYY-MM-DD: promised for that day or before); recordedBy (as recorded). page from 0, size 1 to 500 (50 by "
            + "default, 500 for one customer's promises as before). "
            + "Each promise names its customer (customerName, once customer-service has told it).")
    @WithSession
    public Uni<List<PromiseView>> list(@QueryParam("customerId") String customerId, @QueryParam("status") String status,
            @QueryParam("dueBy") String dueBy, @QueryParam("recordedBy") String recordedBy, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Check check = new Check();
        String customer = customerId == null ? null : check.id("customerId", customerId);
        String state = status == null ? null : check.oneOf("status", status, Promises.STATUSES);
        LocalDate day = check.date("dueBy", dueBy, false);
        String by = check.optionalText("recordedBy", recordedBy, 200);
        Integer from = check.range("page", page, 0, 100_000, 0);
        Integer rows = check.range("size", size, 1, 500, customer == null ? 50 : 500);
        check.done();
        return promises.list(new Promises.Filter(customer, state, day, by, from, rows));
    }
}
