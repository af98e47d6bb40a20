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
    @Operation(summary = "Messages sent or to be sent to a customer, newest first, with their delivery status")
    public List<NotificationView> list(@QueryParam("customerId") String customerId) {
        Check check = new Check();
        check.id("customerId", customerId);
        check.done();
        return queries.forCustomer(customerId);
    }
}
