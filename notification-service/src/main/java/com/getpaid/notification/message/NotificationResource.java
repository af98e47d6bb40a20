package com.getpaid.notification.message;

import com.getpaid.kit.security.Roles;
import com.getpaid.kit.validation.Code;
import com.getpaid.notification.contact.StaffScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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

    /** A page of messages carries subjects and details: never more than this many at once. */
    static final int MAX_PAGE = 100;

    private final NotificationQueries queries;
    private final StaffScope scope;

    public NotificationResource(NotificationQueries queries, StaffScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @RolesAllowed({ Roles.SUPPORT, Roles.COLLECTOR, Roles.SUPERVISOR, Roles.CREDIT_MANAGER })
    @GET
    @Operation(summary = "Messages sent or to be sent, with their delivery status, newest first",
            description = "Filters, each optional: customerId; status (QUEUED, SENT, FAILED, CANCELLED; a letter waiting for "
            + "the customer's contact window is QUEUED, its note saying until when and why). status=QUEUED lists the "
            + "messages soonest to go out first (those still waiting for the customer's address last). page from 0, size 1 "
            + "to " + MAX_PAGE + " (50 by default; above it 400 naming size); a customerId without page and size lists that "
            + "customer's newest " + MAX_PAGE + ". A collector sees the messages of the customers they manage; support, "
            + "supervisors and credit managers all.")
    public List<NotificationView> list(@QueryParam("customerId") @Pattern(regexp = Code.PATTERN, message = "is not a valid "
            + "id (letters, digits, '-', '_', '.'; up to 64)") String customerId,
            @QueryParam("status") @Pattern(regexp = NotificationStatus.PATTERN, message = "is not one of QUEUED, SENT, FAILED, "
                    + "CANCELLED") String status,
            @QueryParam("page") @Min(0) @Max(100_000) Integer page, @QueryParam("size") @Min(1) @Max(MAX_PAGE) Integer size) {
        boolean all = customerId != null && page == null && size == null;
        return queries.list(new NotificationQueries.Filter(customerId, status == null ? null : NotificationStatus.valueOf(status),
                page == null ? 0 : page, all ? MAX_PAGE : size == null ? 50 : size, scope.messages()));
    }
}
