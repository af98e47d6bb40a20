package com.getpaid.complaint.workflow;

import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.events.complaints.ComplaintEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Decided;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWorkHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A logged complaint nobody took by its dispatch time (60 business minutes by default): raises
 * {@link ComplaintDispatchOverdue}, once, handing the complaint to the senior handler. Queued when the complaint is logged,
 * due at its dispatch time, and taken off the queue when someone takes the complaint; one taken meanwhile is left alone.
 */
@ApplicationScoped
public class DispatchDue implements DueWorkHandler {

    /** The queue's kind; the key is the complaint id. */
    public static final String KIND = "complaint-dispatch";
    private static final String CAUSED_BY = "complaint-service: dispatch watch";
    private static final Logger LOG = Logger.getLogger(DispatchDue.class);

    private final Commands commands;
    private final ComplaintService complaints;

    public DispatchDue(Commands commands, ComplaintService complaints) {
        this.commands = commands;
        this.complaints = complaints;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        String senior = complaints.policy().seniorHandler();
        Decided<ComplaintEvent> decided = commands.within(c, EventStore.Cause.by(CAUSED_BY), tx -> complaints.decide(tx, item.key(),
                (complaint, now) -> complaint.dispatchOverdue(complaint.loggedAt(), complaint.dispatchDue(), now, senior)));
        decided.first(ComplaintDispatchOverdue.class).ifPresent(late -> LOG.warnf("Complaint %s was not taken by %s "
                + "(logged %s): dispatch overdue, escalated to %s", late.complaintId(), late.dispatchDue(), late.loggedAt(),
                senior));
        return Optional.empty();
    }
}
