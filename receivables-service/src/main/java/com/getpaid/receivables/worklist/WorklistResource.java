package com.getpaid.receivables.worklist;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Replies;
import com.getpaid.kit.validation.Code;
import com.getpaid.receivables.api.IsoDate;
import java.time.format.DateTimeParseException;
import com.getpaid.kit.security.CustomerScope;
import com.getpaid.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/worklist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
public class WorklistResource {

    private static final Pattern ITEM = Pattern.compile("(.+)\\.([A-Z]{3})\\.(\\d{4}-\\d{2}-\\d{2})");

    private final Worklist worklist;
    private final BusinessCalendar calendar;
    private final Outcomes outcomes;

    private final CustomerScope scope;

    public WorklistResource(Worklist worklist, BusinessCalendar calendar, Outcomes outcomes, CustomerScope scope) {
        this.scope = scope;
        this.worklist = worklist;
        this.calendar = calendar;
        this.outcomes = outcomes;
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "A collector's plan for the day (催收计划), most urgent first", description = "collector: the account "
            + "manager on the customer card (without it: everyone's). date (YYYY-MM-DD, default today). One item per "
            + "customer and currency with anything overdue that is neither disputed nor covered by an open promise. "
            + "score = 10 x log10(1 + overdue amount) + min(oldest days overdue, 180) / 3 + 15 x broken promises (180 days) "
            + "+ 25 on the settlement day, 20 the day before, down to 10 three days before. action: VISIT when the "
            + "settlement day is within two days, LEGAL at the ladder's last step and over 90 days, STOP_SUPPLY from the "
            + "final notice, CALL after a firm reminder or a broken promise, LETTER otherwise. At most 1000 items.")
    @WithSession
    public Uni<List<WorklistItem>> list(
            @QueryParam("collector") @jakarta.validation.constraints.Pattern(regexp = Code.PATTERN, message = "is not a valid id") String collector,
            @QueryParam("date") @IsoDate String date) {
        LocalDate day = date == null || date.isBlank() ? calendar.today() : LocalDate.parse(date);
        return worklist.of(day, collector, scope.parameter());
    }

    @RolesAllowed({ Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPERVISOR })
    @POST
    @Path("/{itemId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what happened on a worklist item", description = "outcome: REACHED, NO_ANSWER, PROMISED, "
            + "DISPUTED or PAID, with a note (up to 2000 characters). The promise, dispute or payment itself is recorded by "
            + "its own call. The same outcome sent twice is recorded once.")
    public Response outcome(@PathParam("itemId") String itemId, @NotNull @Valid OutcomeRequest request) {
        OutcomeRequest.Checked checked = request.checked();
        Matcher item = ITEM.matcher(itemId);
        if (!item.matches() || item.group(1).length() > 64) {
            throw ApiProblem.invalid("itemId", "'" + itemId + "' is not a worklist item (<customerId>.<currency>.<YYYY-MM-DD>)");
        }
        String customerId = item.group(1);
        scope.require(customerId);
        LocalDate day;
        try {
            day = LocalDate.parse(item.group(3));
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("itemId", "'" + item.group(3) + "' is not a date");
        }
        return Replies.of(outcomes.record(itemId, customerId, item.group(2), day, checked));
    }
}
