package com.getpaid.notification.message;

import com.getpaid.events.Json;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.Check;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {

    private final Kernel kernel;

    public NotificationResource(Kernel kernel) {
        this.kernel = kernel;
    }

    @GET
    @Operation(summary = "Messages sent or to be sent to a customer, newest first, with their delivery status")
    public List<NotificationView> list(@QueryParam("customerId") String customerId) {
        Check check = new Check();
        check.id("customerId", customerId);
        check.done();
        return kernel.transact(c -> Sql.list(c, "SELECT n.*, n.details::text AS details_json, cc.email AS contact "
                + "FROM notification_view n LEFT JOIN customer_contact cc ON cc.customer_id = n.customer_id "
                + "WHERE n.customer_id = ? ORDER BY n.queued_at DESC, n.notification_id", rs -> {
                    String status = rs.getString("status");
                    String note = rs.getString("last_error");
                    if ("QUEUED".equals(status) && rs.getString("contact") == null) {
                        note = "Waiting for the customer's email address (customer not yet known to notifications)";
                    }
                    Map<String, String> details = Json.stringMap(rs.getString("details_json"));
                    return new NotificationView(rs.getString("notification_id"), rs.getString("customer_id"),
                            rs.getString("kind"), rs.getString("about"), details, rs.getString("recipient"),
                            rs.getString("subject"), rs.getString("language"), status, rs.getInt("attempts"), note,
                            Sql.instant(rs, "queued_at"), Sql.instant(rs, "sent_at"),
                            new NotificationView.Answers(rs.getString("answers_event_id"), rs.getString("answers_event_type")));
                }, customerId));
    }
}
