package com.getpaid.customer.complaint;

import com.getpaid.events.complaints.ComplaintAssigned;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintEscalated;
import com.getpaid.events.complaints.ComplaintInvestigated;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.complaints.ComplaintReopened;
import com.getpaid.events.complaints.ResolutionAccepted;
import com.getpaid.events.complaints.ResolutionApproved;
import com.getpaid.events.complaints.ResolutionCarriedOut;
import com.getpaid.events.complaints.ResolutionProposed;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each customer's complaints and their states (table {@code customer_complaint}) from complaints.v1, so the card
 * can show the open ones. A complaint's events come in order (one partition per complaint); the inbox drops a
 * redelivered one.
 */
@ApplicationScoped
public class ComplaintsListener {

    public static final String CHANNEL = "complaints";

    /** The card's open complaints, as JSON, for the customer in {@code customerIdColumn}; null when there is none. */
    public static String openComplaintsJson(String customerIdColumn) {
        return "(SELECT json_agg(json_build_object('complaintId', k.complaint_id, 'status', k.status, 'category', k.category, "
                + "'severity', k.severity, 'handler', k.handler, 'loggedAt', k.logged_at) ORDER BY k.logged_at, k.complaint_id)::text "
                + "FROM customer_complaint k WHERE k.customer_id = " + customerIdColumn
                + " AND k.status NOT IN ('CLOSED', 'CLOSED_UNREACHABLE'))";
    }

    private final EventConsumer consumer;

    public ComplaintsListener(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (event instanceof ComplaintLogged e) {
                Sql.update(c, "INSERT INTO customer_complaint (complaint_id, customer_id, status, category, severity, logged_at) "
                        + "VALUES (?, ?, 'LOGGED', ?, ?, ?) ON CONFLICT (complaint_id) DO NOTHING", e.complaintId(),
                        e.customerId(), e.category(), e.severity() == null ? "NORMAL" : e.severity(), e.loggedAt());
            } else if (event instanceof ComplaintAssigned e) {
                handler(c, e.complaintId(), e.handler());
            } else if (event instanceof ComplaintEscalated e) {
                handler(c, e.complaintId(), e.toHandler());
            } else if (event instanceof ComplaintInvestigated e) {
                status(c, e.complaintId(), "INVESTIGATING");
            } else if (event instanceof ResolutionProposed e) {
                status(c, e.complaintId(), "RESOLUTION_PROPOSED");
            } else if (event instanceof ResolutionApproved e) {
                status(c, e.complaintId(), "APPROVED");
            } else if (event instanceof ResolutionAccepted e) {
                status(c, e.complaintId(), "ACCEPTED");
            } else if (event instanceof ResolutionCarriedOut e) {
                status(c, e.complaintId(), "CARRIED_OUT");
            } else if (event instanceof ComplaintReopened e) {
                status(c, e.complaintId(), "ASSIGNED");
            } else if (event instanceof ComplaintClosed e) {
                status(c, e.complaintId(), e.outcome());
            }
        });
    }

    private static void handler(Connection c, String complaintId, String handler) throws Exception {
        Sql.update(c, "UPDATE customer_complaint SET handler = ?, status = CASE WHEN status = 'LOGGED' THEN 'ASSIGNED' "
                + "ELSE status END WHERE complaint_id = ?", handler, complaintId);
    }

    private static void status(Connection c, String complaintId, String status) throws Exception {
        Sql.update(c, "UPDATE customer_complaint SET status = ? WHERE complaint_id = ?", status, complaintId);
    }
}
