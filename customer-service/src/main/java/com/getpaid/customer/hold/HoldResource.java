package com.getpaid.customer.hold;

import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class HoldResource {

    /** The body of {@code POST .../holds}. */
    public record Placement(@Schema(example = "Owner unreachable since the warehouse moved") String reason,
            @Schema(example = "Wang Fang (credit manager)") String placedBy) {
    }

    /** The body of {@code POST .../holds/release}; {@code until} also suspends the automatic reasons until then. */
    public record Release(@Schema(example = "Bank guarantee received") String reason,
            @Schema(example = "Wang Fang (credit manager)") String releasedBy,
            @Schema(example = "2026-12-15T00:00:00Z", description = "Suspend the automatic reasons (credit limit, overdue) "
                    + "until then as well") String until) {
    }

    private final HoldDecisions decisions;
    private final Clock clock;

    public HoldResource(HoldDecisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Operation(summary = "Stop supply by hand (MANUAL_HOLD)", description = "Answers the hold as it is now. A customer "
            + "already held by hand stays as it is.")
    public HoldOnDate place(@PathParam("customerId") String customerId, Placement body) {
        Placement p = ApiProblem.requireBody(body);
        Check check = new Check();
        String reason = check.text("reason", p.reason(), 2000);
        String by = check.text("placedBy", p.placedBy(), 200);
        check.done();
        decisions.placeManualHold(customerId, reason, by);
        return now(customerId);
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Path("release")
    @Operation(summary = "Lift the holds placed by hand or by a risk signal", description = "With `until`, the automatic "
            + "reasons holding now (credit limit, overdue) are suspended until then as well. Answers the hold as it is now; "
            + "409 when there is nothing to lift.")
    public HoldOnDate release(@PathParam("customerId") String customerId, Release body) {
        Release r = ApiProblem.requireBody(body);
        Check check = new Check();
        String reason = check.text("reason", r.reason(), 2000);
        String by = check.text("releasedBy", r.releasedBy(), 200);
        Instant until = instant(check, "until", r.until());
        check.done();
        decisions.lift(customerId, reason, by, until);
        return now(customerId);
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Operation(summary = "Was the customer on hold at a moment, and why", description = "From the customer's events (the "
            + "decision log): the hold as it stood at `asOf` (default now), with every decision about holds up to then and "
            + "who made it.")
    public HoldOnDate asOf(@PathParam("customerId") String customerId, @QueryParam("asOf") String asOf) {
        Check check = new Check();
        Instant at = asOf == null ? clock.instant() : instant(check, "asOf", asOf);
        check.done();
        return at(customerId, at);
    }

    private HoldOnDate now(String customerId) {
        return at(customerId, clock.instant());
    }

    private HoldOnDate at(String customerId, Instant at) {
        return decisions.asOf(customerId, at);
    }

    private static Instant instant(Check check, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            check.fail(field, "'" + value + "' is not an instant (e.g. 2026-10-01T12:00:00Z)");
            return null;
        }
    }
}
