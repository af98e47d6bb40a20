package com.getpaid.notification.followup;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class FollowUpResource {

    /**
     * A task for staff: what kind, about what, due when, for whom, and the event that caused it; once done, what came of
     * it. {@code status}: OPEN, OVERDUE (open and past due) or DONE.
     */
    public record FollowUpView(String id, String customerId, String kind, String about, Instant dueAt, String status,
            String answersEventId, String assignee, String outcome, String note, String completedBy, Instant completedAt,
            String brief) {
    }

    /** The body of {@code POST /api/follow-ups/{id}/completion}. */
    public record Completion(@Schema(example = "REACHED") String outcome,
            @Schema(example = "Hinges fitted; asked for a quote on the 30 mm size") String note,
            @Schema(example = "li.na") String by) {
    }

    static final Set<String> STATUSES = Set.of("OPEN", "OVERDUE", "DONE");

    private final FollowUps followUps;
    private final ZoneId zone;

    public FollowUpResource(FollowUps followUps,
            @ConfigProperty(name = "getpaid.business-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.followUps = followUps;
        this.zone = zone;
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.COLLECTOR, Roles.CREDIT_MANAGER })
    @GET
    @Operation(summary = "Staff tasks, soonest due first", description = "Filters: customerId, kind (ESCALATION, COMPLAINT_CALLBACK, "
            + "COMPLAINT_DISPATCH_OVERDUE, AFTER_SALES_FOLLOW_UP), assignee, due (YYYY-MM-DD: "
            + "due by the end of that day in the business zone), status (OPEN, OVERDUE, DONE); page from 0, size 1 to 500 "
            + "(100 by default).")
    public List<FollowUpView> list(@QueryParam("customerId") String customerId, @QueryParam("kind") String kind,
            @QueryParam("assignee") String assignee,
            @QueryParam("due") String due, @QueryParam("status") String status, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        Check check = new Check();
        String customer = customerId == null ? null : check.id("customerId", customerId);
        String what = kind == null ? null : check.id("kind", kind);
        String who = check.optionalText("assignee", assignee, 200);
        LocalDate day = check.date("due", due, false);
        String state = status == null ? null : check.oneOf("status", status, STATUSES);
        Integer from = check.range("page", page, 0, 100_000, 0);
        Integer rows = check.range("size", size, 1, 500, 100);
        check.done();
        Instant dueBy = day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
        return followUps.list(new FollowUps.Filter(customer, what, who, dueBy, state, from, rows));
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.COLLECTOR, Roles.CREDIT_MANAGER })
    @POST
    @Path("{id}/completion")
    @Operation(summary = "Record what came of a task", description = "The same completion again answers the task as it "
            + "is; a different one for a task already done is refused with 409.")
    public FollowUpView complete(@PathParam("id") String id, Completion body) {
        Completion c = ApiProblem.requireBody(body);
        Check check = new Check();
        String outcome = check.text("outcome", c.outcome(), 100);
        String note = check.optionalText("note", c.note(), 4000);
        String by = check.text("by", c.by(), 200);
        check.done();
        return followUps.complete(id, outcome, note, by);
    }
}
