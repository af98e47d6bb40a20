package com.getpaid.notification.message;

import com.getpaid.kit.api.Check;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    private final NotificationQueries queries;

    public NotificationResource(NotificationQueries queries) {
        this.queries = queries;
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.COLLECTOR, Roles.CREDIT_MANAGER })
    @GET
    @Operation(summary = "Messages sent or to be sent, with their delivery status, newest first",
            description = "Filters, each optional: customerId; status (QUEUED, SENT, FAILED, CANCELLED; a letter waiting for "
            + "the customer's contact window is QUEUED, its note saying until when and why). status=QUEUED lists the "
            + "messages soonest to go out first (those still waiting for the customer's address last). page from 0, size 1 "
            + "to 500 (50 by default); a customerId without page and size lists all of that customer's messages, as before.")
    public List<NotificationView> list(@QueryParam("customerId") String customerId,
            @QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Check check = new Check();
        String customer = customerId == null ? null : check.id("customerId", customerId);
        String state = status == null ? null : check.oneOf("status", status, NotificationQueries.STATUSES);
        Integer from = check.range("page", page, 0, 100_000, 0);
        Integer rows = check.range("size", size, 1, 500, 50);
        check.done();
        boolean all = customer != null && page == null && size == null;
        return queries.list(new NotificationQueries.Filter(customer, state, from, all ? null : rows));
    }
}
