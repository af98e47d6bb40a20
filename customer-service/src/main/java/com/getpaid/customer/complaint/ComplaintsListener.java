package com.getpaid.customer.complaint;

import com.getpaid.events.complaints.CallbackRecorded;
import com.getpaid.events.complaints.ComplaintAssigned;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintCompensationAgreed;
import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.events.complaints.ComplaintEscalated;
import com.getpaid.events.complaints.ComplaintEvent;
import com.getpaid.events.complaints.ComplaintInvestigated;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.complaints.ComplaintReopened;
import com.getpaid.events.complaints.ResolutionAccepted;
import com.getpaid.events.complaints.ResolutionApproved;
import com.getpaid.events.complaints.ResolutionCarriedOut;
import com.getpaid.events.complaints.ResolutionProposed;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.kit.messaging.TopicConsumer;
import io.quarkus.runtime.Startup;
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
@Startup // subscribes at start-up: a parked key can be retried before any record arrives
@ApplicationScoped
public class ComplaintsListener {

    public static final String CHANNEL = "complaints";

    private static final Dispatch<Connection, ComplaintEvent> PROJECT = Dispatch.<Connection, ComplaintEvent>over(
            ComplaintEvent.class)
            .on(ComplaintLogged.class, (c, e) -> Sql.update(c, "INSERT INTO customer_complaint (complaint_id, customer_id, "
                    + "status, category, severity, logged_at) VALUES (?, ?, 'LOGGED', ?, ?, ?) ON CONFLICT (complaint_id) DO "
                    + "NOTHING", e.complaintId(), e.customerId(), e.category(), e.severity() == null ? "NORMAL" : e.severity(),
                    e.loggedAt()))
            .on(ComplaintAssigned.class, (c, e) -> handler(c, e.complaintId(), e.handler()))
            .on(ComplaintEscalated.class, (c, e) -> handler(c, e.complaintId(), e.toHandler()))
            .on(ComplaintInvestigated.class, (c, e) -> status(c, e.complaintId(), "INVESTIGATING"))
            .on(ResolutionProposed.class, (c, e) -> status(c, e.complaintId(), "RESOLUTION_PROPOSED"))
            .on(ResolutionApproved.class, (c, e) -> status(c, e.complaintId(), "APPROVED"))
            .on(ResolutionAccepted.class, (c, e) -> status(c, e.complaintId(), "ACCEPTED"))
            .on(ResolutionCarriedOut.class, (c, e) -> status(c, e.complaintId(), "CARRIED_OUT"))
            .on(ComplaintReopened.class, (c, e) -> status(c, e.complaintId(), "ASSIGNED"))
            .on(ComplaintClosed.class, (c, e) -> status(c, e.complaintId(), e.outcome()))
            // what happens inside a complaint's handling that the card's list does not show
            .ignore(ComplaintDispatchOverdue.class, ComplaintCompensationAgreed.class, CallbackRecorded.class)
            .build();

    private final TopicConsumer topic;

    public ComplaintsListener(EventConsumer consumer) {
        this.topic = consumer.subscribe(CHANNEL, ComplaintEvent.class,
                "customer-service: consumer of complaints.v1",
                (tx, envelope, event) -> PROJECT.handle(tx.connection(), event));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        topic.consume(records);
    }

    private static void handler(Connection c, String complaintId, String handler) throws Exception {
        Sql.update(c, "UPDATE customer_complaint SET handler = ?, status = CASE WHEN status = 'LOGGED' THEN 'ASSIGNED' "
                + "ELSE status END WHERE complaint_id = ?", handler, complaintId);
    }

    private static void status(Connection c, String complaintId, String status) throws Exception {
        Sql.update(c, "UPDATE customer_complaint SET status = ? WHERE complaint_id = ?", status, complaintId);
    }
}
