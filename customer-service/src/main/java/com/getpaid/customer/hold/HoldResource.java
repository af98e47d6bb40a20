package com.getpaid.customer.hold;

import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/customers/{customerId}/holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class HoldResource {

    /** The body of {@code POST .../holds}. */
    public record Placement(
            @NotBlank @Size(max = 2000) @Schema(example = "Owner unreachable since the warehouse moved") String reason,
            @Size(max = 200)
            @Schema(example = "Wang Fang", description = Actors.DISPLAY_NAME) String placedBy) {
    }

    /** The body of {@code POST .../holds/release}; {@code until} also suspends the automatic reasons until then. */
    public record Release(
            @NotBlank @Size(max = 2000) @Schema(example = "Bank guarantee received") String reason,
            @Size(max = 200)
            @Schema(example = "Wang Fang", description = Actors.DISPLAY_NAME) String releasedBy,
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-12-15T00:00:00Z", description = "Suspend "
                    + "the automatic reasons (credit limit, overdue) until then as well") Instant until) {
    }

    private final HoldDecisions decisions;
    private final Clock clock;

    private final Actors actors;

    public HoldResource(HoldDecisions decisions, Clock clock, Actors actors) {
        this.actors = actors;
        this.decisions = decisions;
        this.clock = clock;
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Operation(summary = "Stop supply by hand (MANUAL_HOLD)", description = "Answers the hold as it is now. A customer "
            + "already held by hand stays as it is.")
    public HoldOnDate place(@PathParam("customerId") String customerId, @NotNull @Valid Placement body) {
        decisions.placeManualHold(customerId, body.reason().strip(), actors.named(body.placedBy()));
        return now(customerId);
    }

    @RolesAllowed({ Roles.CREDIT_MANAGER })
    @POST
    @Path("release")
    @Operation(summary = "Lift the holds placed by hand or by a risk signal", description = "With `until`, the automatic "
            + "reasons holding now (credit limit, overdue) are suspended until then as well. Answers the hold as it is now; "
            + "409 when there is nothing to lift.")
    public HoldOnDate release(@PathParam("customerId") String customerId, @NotNull @Valid Release body) {
        if (body.until() != null && !body.until().isAfter(clock.instant())) {
            throw ApiProblem.invalid("until", "is not in the future");
        }
        decisions.lift(customerId, body.reason().strip(), actors.named(body.releasedBy()), body.until());
        return now(customerId);
    }

    @RolesAllowed({ Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.VIEWER, Roles.SUPERVISOR })
    @GET
    @Operation(summary = "Was the customer on hold at a moment, and why", description = "From the customer's events (the "
            + "decision log): the hold as it stood at `asOf` (default now), with every decision about holds up to then and "
            + "who made it.")
    public Object asOf(@PathParam("customerId") String customerId, @QueryParam("asOf") String asOf) {
        HoldOnDate hold = at(customerId, asOf == null || asOf.isBlank() ? clock.instant() : instant("asOf", asOf));
        return actors.viewerOnly() ? hold.glance() : hold;
    }

    private HoldOnDate now(String customerId) {
        return at(customerId, clock.instant());
    }

    private HoldOnDate at(String customerId, Instant at) {
        return decisions.asOf(customerId, at);
    }

    private static Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "'" + value + "' is not an instant (e.g. 2026-10-01T12:00:00Z)");
        }
    }
}
