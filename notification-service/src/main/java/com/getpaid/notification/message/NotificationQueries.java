package com.getpaid.notification.message;

import com.getpaid.events.Json;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.notification.contact.StaffScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the messages of a customer or across customers, saying why a queued one has not gone out yet. */
@ApplicationScoped
public class NotificationQueries {

    /**
     * Every part optional but the page. QUEUED messages come soonest to go out first, those still without an address
     * last; the others newest first. {@code manager}: only the messages of the customers that user manages (empty: all).
     */
    public record Filter(String customerId, NotificationStatus status, int page, int size, Optional<String> manager) {
    }

    private final Kernel kernel;

    public NotificationQueries(Kernel kernel) {
        this.kernel = kernel;
    }

    public List<NotificationView> list(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        f.manager().ifPresent(user -> {
            where.append(" AND ").append(StaffScope.managed("n.customer_id"));
            params.add(user);
        });
        if (f.customerId() != null) {
            where.append(" AND n.customer_id = ?");
            params.add(f.customerId());
        }
        if (f.status() != null) {
            where.append(" AND n.status = ?");
            params.add(f.status().name());
        }
        String order = f.status() == NotificationStatus.QUEUED
                ? " ORDER BY cc.email IS NULL, coalesce(d.next_attempt_at, n.queued_at), n.notification_id"
                : " ORDER BY n.queued_at DESC, n.notification_id";
        String page = " LIMIT ? OFFSET ?";
        params.add(f.size());
        params.add((long) f.page() * f.size());
        String sql = "SELECT n.*, n.details::text AS details_json, cc.email AS contact, "
                + "coalesce(d.attempts, 0) AS delivery_attempts, d.last_error AS delivery_error, d.next_attempt_at, d.waiting_for "
                + "FROM notification_view n LEFT JOIN customer_contact cc ON cc.customer_id = n.customer_id "
                + "LEFT JOIN delivery d ON d.notification_id = n.notification_id" + where + order + page;
        return kernel.transact(c -> Sql.list(c, sql, rs -> {
            NotificationStatus status = NotificationStatus.valueOf(rs.getString("status"));
            String note = rs.getString("last_error");
            Instant next = Sql.instant(rs, "next_attempt_at");
            if (status == NotificationStatus.QUEUED && rs.getString("contact") == null) {
                note = "Waiting for the customer's email address (customer not yet known to notifications)";
            } else if (status == NotificationStatus.QUEUED && rs.getString("waiting_for") != null) {
                note = "Waiting until " + next + ": " + rs.getString("waiting_for");
            } else if (status == NotificationStatus.QUEUED && rs.getString("delivery_error") != null) {
                note = "Delivery failed (" + rs.getString("delivery_error") + "); next attempt at " + next;
            }
            Map<String, String> details = Json.stringMap(rs.getString("details_json"));
            return new NotificationView(rs.getString("notification_id"), rs.getString("customer_id"),
                    MessageKind.valueOf(rs.getString("kind")), rs.getString("about"), details, rs.getString("recipient"),
                    rs.getString("subject"), rs.getString("language"), status, rs.getInt("delivery_attempts"), note,
                    Sql.instant(rs, "queued_at"), Sql.instant(rs, "sent_at"), next,
                    new NotificationView.Answers(rs.getString("answers_event_id"), rs.getString("answers_event_type")));
        }, params.toArray()));
    }
}
