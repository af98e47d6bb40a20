package com.getpaid.notification.message;

import com.getpaid.events.Json;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads the messages of a customer, saying why a queued one has not gone out yet. */
@ApplicationScoped
public class NotificationQueries {

    private final Kernel kernel;

    public NotificationQueries(Kernel kernel) {
        this.kernel = kernel;
    }

    public List<NotificationView> forCustomer(String customerId) {
        return kernel.transact(c -> Sql.list(c, "SELECT n.*, n.details::text AS details_json, cc.email AS contact, "
                + "coalesce(d.attempts, 0) AS delivery_attempts, d.last_error AS delivery_error, d.next_attempt_at, d.waiting_for "
                + "FROM notification_view n LEFT JOIN customer_contact cc ON cc.customer_id = n.customer_id "
                + "LEFT JOIN delivery d ON d.notification_id = n.notification_id WHERE n.customer_id = ? ORDER BY n.queued_at DESC, n.notification_id", rs -> {
                    String status = rs.getString("status");
                    String note = rs.getString("last_error");
                    Instant next = Sql.instant(rs, "next_attempt_at");
                    if ("QUEUED".equals(status) && rs.getString("contact") == null) {
                        note = "Waiting for the customer's email address (customer not yet known to notifications)";
                    } else if ("QUEUED".equals(status) && rs.getString("waiting_for") != null) {
                        note = "Waiting until " + next + ": " + rs.getString("waiting_for");
                    } else if ("QUEUED".equals(status) && rs.getString("delivery_error") != null) {
                        note = "Delivery failed (" + rs.getString("delivery_error") + "); next attempt at " + next;
                    }
                    Map<String, String> details = Json.stringMap(rs.getString("details_json"));
                    return new NotificationView(rs.getString("notification_id"), rs.getString("customer_id"),
                            rs.getString("kind"), rs.getString("about"), details, rs.getString("recipient"),
                            rs.getString("subject"), rs.getString("language"), status, rs.getInt("delivery_attempts"), note,
                            Sql.instant(rs, "queued_at"), Sql.instant(rs, "sent_at"), next,
                            new NotificationView.Answers(rs.getString("answers_event_id"), rs.getString("answers_event_type")));
                }, customerId));
    }
}
