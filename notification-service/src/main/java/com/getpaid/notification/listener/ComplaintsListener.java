package com.getpaid.notification.listener;

import com.getpaid.events.CloudEvent;
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
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.kit.messaging.TopicConsumer;
import com.getpaid.notification.followup.FollowUpKind;
import com.getpaid.notification.followup.FollowUps;
import com.getpaid.notification.message.MessageKind;
import com.getpaid.notification.message.Messages;
import io.quarkus.runtime.Startup;
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
@Startup // subscribes at start-up: a parked key can be retried before any record arrives
@ApplicationScoped
public class ComplaintsListener {

    public static final String CHANNEL = "complaints";

    /** One event of complaints.v1, in the batch's transaction. */
    private record On(ComplaintsListener listener, Commands.Tx tx, CloudEvent envelope) {
    }

    private static final Dispatch<On, ComplaintEvent> HANDLE = Dispatch.<On, ComplaintEvent>over(ComplaintEvent.class)
            .on(ComplaintLogged.class, (on, e) -> on.listener().logged(on, e))
            .on(ResolutionCarriedOut.class, (on, e) -> on.listener().carriedOut(on, e))
            .on(CallbackRecorded.class, (on, e) -> on.listener().calledBack(on, e))
            .on(ComplaintClosed.class, (on, e) -> on.listener().followUps.completeBy(on.tx(), on.envelope(),
                    FollowUpKind.COMPLAINT_CALLBACK, e.complaintId() + "@", e.outcome(), null))
            .on(ComplaintDispatchOverdue.class, (on, e) -> on.listener().followUps.schedule(on.tx(), on.envelope(),
                    e.customerId(), FollowUpKind.COMPLAINT_DISPATCH_OVERDUE, e.complaintId(), e.detectedAt(), e.escalatedTo()))
            // the steps in between are the complaint handler's work in complaint-service: nothing to send or to do here
            .ignore(ComplaintAssigned.class, ComplaintEscalated.class, ComplaintInvestigated.class, ResolutionProposed.class,
                    ResolutionApproved.class, ResolutionAccepted.class, ComplaintCompensationAgreed.class,
                    ComplaintReopened.class)
            .build();

    private final TopicConsumer topic;
    private final Messages messages;
    private final FollowUps followUps;

    public ComplaintsListener(EventConsumer consumer, Messages messages, FollowUps followUps) {
        this.messages = messages;
        this.followUps = followUps;
        this.topic = consumer.subscribe(CHANNEL, ComplaintEvent.class,
                "notification-service: consumer of complaint-service events",
                (tx, envelope, event) -> HANDLE.handle(new On(this, tx, envelope), event));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        topic.consume(records);
    }

    private void logged(On on, ComplaintLogged e) throws Exception {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("complaintId", e.complaintId());
        details.put("category", e.category());
        details.put("description", e.description());
        messages.queue(on.tx(), on.envelope(), e.customerId(), MessageKind.COMPLAINT_ACKNOWLEDGEMENT, e.complaintId(), details);
    }

    /**
     * The handbook counts the 72 hours from the remedy, not from the logging; the complaint-service sets the time. A
     * reopened complaint carried out again gets its own call-back (the subject names the carrying out).
     */
    private void carriedOut(On on, ResolutionCarriedOut e) throws Exception {
        followUps.schedule(on.tx(), on.envelope(), e.customerId(), FollowUpKind.COMPLAINT_CALLBACK, e.complaintId() + "@"
                + e.carriedOutAt(), e.callbackDue(), e.handler());
    }

    /** The call-back was made: its task is done (an unanswered call leaves it open, to try again). */
    private void calledBack(On on, CallbackRecorded e) throws Exception {
        if (e.reached()) {
            followUps.completeBy(on.tx(), on.envelope(), FollowUpKind.COMPLAINT_CALLBACK, e.complaintId() + "@",
                    Boolean.TRUE.equals(e.satisfied()) ? "SATISFIED" : "NOT_SATISFIED", e.note());
        }
    }
}
