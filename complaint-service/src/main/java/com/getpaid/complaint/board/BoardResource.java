package com.getpaid.complaint.board;

import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.api.Period;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
public class BoardResource {

    private final ComplaintBoard board;
    private final BusinessCalendar calendar;
    private final Actors actors;

    public BoardResource(ComplaintBoard board, BusinessCalendar calendar, Actors actors) {
        this.board = board;
        this.calendar = calendar;
        this.actors = actors;
    }

    /** The viewer alone (a dashboard) gets figures only: no handlers, no words of the handlers. */
    private boolean figuresOnly() {
        return actors.holdsNoneOf(Roles.SUPPORT, Roles.SUPERVISOR, Roles.CREDIT_MANAGER);
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Path("board")
    @Operation(summary = "The complaints desk now", description = "Open complaints per state; dispatches overdue (still "
            + "LOGGED past the dispatch time, or flagged and still open); call-backs due today and overdue. Lists show the "
            + "200 most urgent. The viewer gets no handlers.")
    public Board board() {
        Board now = board.board();
        return figuresOnly() ? now.figuresOnly() : now;
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.SUPERVISOR, Roles.CREDIT_MANAGER, Roles.VIEWER })
    @GET
    @Path("analysis")
    @Operation(summary = "Complaints of a period, analysed", description = "Complaints logged from `from` to `to` (business "
            + "days, both included; default the last 30 days; a year at most), by category, product, batch, customer and "
            + "root cause (50 most frequent each); dispatch SLA (taken by the dispatch time), call-back SLA (first call of "
            + "each carrying out by its due time), in percent of those met or breached; satisfaction: satisfied of the "
            + "call-backs that reached the customer, in percent. The viewer gets no root causes (the handlers' words).")
    public Analysis analysis(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to, calendar.today(), last -> last.minusDays(29));
        Analysis analysis = board.analysis(period.first(), period.last());
        return figuresOnly() ? analysis.figuresOnly() : analysis;
    }
}
