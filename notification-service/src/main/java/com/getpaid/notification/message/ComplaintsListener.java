package com.getpaid.notification.message;

import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.notification.followup.FollowUps;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A logged complaint gets an acknowledgement to the customer and a callback task for staff. */
@ApplicationScoped
public class ComplaintsListener {

    public static final String CHANNEL = "complaints";

    private final EventConsumer consumer;
    private final Messages messages;
    private final FollowUps followUps;

    public ComplaintsListener(EventConsumer consumer, Messages messages, FollowUps followUps) {
        this.consumer = consumer;
        this.messages = messages;
        this.followUps = followUps;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (event instanceof ComplaintLogged e) {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("complaintId", e.complaintId());
                details.put("category", e.category());
                details.put("description", e.description());
                messages.queue(c, envelope, e.customerId(), Kinds.COMPLAINT_ACKNOWLEDGEMENT, e.complaintId(), details);
                followUps.scheduleCallback(c, envelope, e);
            }
        });
    }
}
