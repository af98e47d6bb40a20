package com.getpaid.receivables.promise;

import com.getpaid.events.Money;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import com.getpaid.receivables.account.DunningLadder;
import com.getpaid.receivables.query.Rows;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/promises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Promises to pay")
public class PromiseResource {

    private final PromiseService promises;
    private final BusinessCalendar calendar;
    private final DunningLadder ladder;

    public PromiseResource(PromiseService promises, BusinessCalendar calendar, DunningLadder ladder) {
        this.promises = promises;
        this.calendar = calendar;
        this.ladder = ladder;
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
        return promises.record(ApiProblem.requireBody(request).validate(calendar.today())).toResponse();
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Operation(summary = "A customer's promises to pay, latest promised day first (at most 500)")
    @WithSession
    public Uni<List<PromiseView>> list(@QueryParam("customerId") String customerId) {
        Check check = new Check();
        check.id("customerId", customerId);
        check.done();
        return Rows.of("SELECT promise_id, customer_id, array_to_string(invoice_ids, ','), amount, currency, promised_for, "
                + "recorded_by, recorded_on, status, paid, judged_on FROM promise_view WHERE customer_id = :customer "
                + "ORDER BY promised_for DESC, promise_id LIMIT 500", Map.of("customer", customerId)).map(rows -> rows.stream()
                        .map(r -> {
                            String currency = (String) r[4];
                            var promisedFor = Rows.date(r[5]);
                            return new PromiseView((String) r[0], (String) r[1], Arrays.asList(((String) r[2]).split(",")),
                                    Money.scaled(Rows.decimal(r[3]), currency), currency, promisedFor,
                                    promisedFor.plusDays(ladder.promiseToleranceDays()), (String) r[6], Rows.date(r[7]),
                                    (String) r[8], r[9] == null ? null : Money.scaled(Rows.decimal(r[9]), currency),
                                    Rows.date(r[10]));
                        }).toList());
    }
}
