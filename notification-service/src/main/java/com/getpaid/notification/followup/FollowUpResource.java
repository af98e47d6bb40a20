package com.getpaid.notification.followup;

import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import com.getpaid.kit.validation.Code;
import com.getpaid.notification.contact.StaffScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class FollowUpResource {

    /** The body of {@code POST /api/follow-ups/{id}/completion}. */
    public record Completion(@NotBlank @Size(max = 100) @Schema(example = "REACHED", description = "What came of it; the console offers REACHED, NO_ANSWER and DONE") String outcome,
            @Size(max = 4000) @Schema(example = "Hinges fitted; asked for a quote on the 30 mm size") String note,
            @Size(max = 200) @Schema(example = "li.na", description = "Optional and ignored as the actor: who completed "
                    + "the task is the token's user. Accepted so earlier callers keep working.") String by) {
    }

    /** A page of tasks carries their notes and briefs (free text): never more than this many at once. */
    static final int MAX_PAGE = 100;

    private final FollowUps followUps;
    private final Actors actors;
    private final StaffScope scope;
    private final ZoneId zone;

    public FollowUpResource(FollowUps followUps, Actors actors, StaffScope scope,
            @ConfigProperty(name = "getpaid.business-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.followUps = followUps;
        this.actors = actors;
        this.scope = scope;
        this.zone = zone;
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.COLLECTOR, Roles.SUPERVISOR, Roles.CREDIT_MANAGER })
    @GET
    @Operation(summary = "Staff tasks, soonest due first", description = "Filters: customerId, kind (ESCALATION, COMPLAINT_CALLBACK, "
            + "COMPLAINT_DISPATCH_OVERDUE, AFTER_SALES_FOLLOW_UP, DELIVERY_FAILED), assignee, due (YYYY-MM-DD: "
            + "due by the end of that day in the business zone), status (OPEN, OVERDUE, DONE); page from 0, size 1 to "
            + MAX_PAGE + " (100 by default; above it 400 naming size). A collector or support person sees the tasks assigned "
            + "to them and those of the customers they manage; supervisors and credit managers all.")
    public List<FollowUpView> list(@QueryParam("customerId") @Pattern(regexp = Code.PATTERN, message = "is not a valid id "
            + "(letters, digits, '-', '_', '.'; up to 64)") String customerId,
            @QueryParam("kind") @Pattern(regexp = Code.PATTERN, message = "is not a valid kind") String kind,
            @QueryParam("assignee") @Size(max = 200) String assignee,
            @QueryParam("due") String due,
            @QueryParam("status") @Pattern(regexp = FollowUpStatus.PATTERN, message = "is not one of OPEN, OVERDUE, DONE")
            String status,
            @QueryParam("page") @Min(0) @Max(100_000) Integer page, @QueryParam("size") @Min(1) @Max(MAX_PAGE) Integer size) {
        LocalDate day = due == null || due.isBlank() ? null : day(due);
        Instant dueBy = day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
        return followUps.list(new FollowUps.Filter(customerId, kind, assignee == null || assignee.isBlank() ? null
                : assignee.strip(), dueBy, status == null ? null : FollowUpStatus.valueOf(status), page == null ? 0 : page,
                size == null ? MAX_PAGE : size, scope.tasks()));
    }

    private static LocalDate day(String due) {
        try {
            return LocalDate.parse(due);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid("due", "'" + due + "' is not a date (YYYY-MM-DD)");
        }
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.COLLECTOR, Roles.SUPERVISOR, Roles.CREDIT_MANAGER })
    @POST
    @Path("{id}/completion")
    @Operation(summary = "Record what came of a task", description = "Completed by the token's user (completedBy); a "
            + "'by' in the body is ignored. The same completion again answers the task as it is; a different one for a "
            + "task already done is refused with 409. Another's task (not assigned to the caller, "
            + "nor of a customer they manage) is not found for a collector or support person, and nothing is recorded.")
    public FollowUpView complete(@PathParam("id") String id, @NotNull @Valid Completion body) {
        return followUps.complete(id, body.outcome().strip(), body.note() == null || body.note().isBlank() ? null
                : body.note().strip(), actors.user(), scope.tasks());
    }
}
