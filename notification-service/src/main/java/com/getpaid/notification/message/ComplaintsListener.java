package com.getpaid.notification.message;

import com.getpaid.events.complaints.CallbackRecorded;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.complaints.ResolutionCarriedOut;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.notification.followup.FollowUps;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A logged complaint gets an acknowledgement to the customer; a remedy carried out, a call-back task due when the
 * complaint-service says (72 hours later by default); a complaint nobody took in time, a task for the senior handler.
 */
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
            } else if (event instanceof ResolutionCarriedOut e) {
                // the handbook counts the 72 hours from the remedy, not from the logging; the complaint-service sets the time.
                // A reopened complaint carried out again gets its own call-back (the subject names the carrying out).
                followUps.schedule(c, envelope, e.customerId(), Kinds.COMPLAINT_CALLBACK, e.complaintId() + "@" + e.carriedOutAt(),
                        e.callbackDue(), e.handler());
            } else if (event instanceof CallbackRecorded e && e.reached()) {
                // the call-back was made: its task is done (an unanswered call leaves it open, to try again)
                followUps.completeBy(c, envelope, Kinds.COMPLAINT_CALLBACK, e.complaintId() + "@",
                        Boolean.TRUE.equals(e.satisfied()) ? "SATISFIED" : "NOT_SATISFIED", e.note());
            } else if (event instanceof ComplaintClosed e) {
                followUps.completeBy(c, envelope, Kinds.COMPLAINT_CALLBACK, e.complaintId() + "@", e.outcome(), null);
            } else if (event instanceof ComplaintDispatchOverdue e) {
                followUps.schedule(c, envelope, e.customerId(), Kinds.COMPLAINT_DISPATCH_OVERDUE, e.complaintId(), e.detectedAt(),
                        e.escalatedTo());
            }
        });
    }
}
