package com.getpaid.notification.followup;

import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class FollowUpResource {

    /** A task for staff: what kind, about what, due when, and the event that caused it. */
    public record FollowUpView(String id, String customerId, String kind, String about, Instant dueAt, String status,
            String answersEventId) {
    }

    private final FollowUps followUps;

    public FollowUpResource(FollowUps followUps) {
        this.followUps = followUps;
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.COLLECTOR, Roles.CREDIT_MANAGER })
    @GET
    @Operation(summary = "Staff tasks for a customer, soonest due first")
    public List<FollowUpView> list(@QueryParam("customerId") String customerId) {
        Check check = new Check();
        check.id("customerId", customerId);
        check.done();
        return followUps.forCustomer(customerId);
    }
}
