package com.getpaid.complaint.workflow;

import com.getpaid.events.Json;
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
import com.getpaid.events.store.Projector;
import com.getpaid.events.store.Sql;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.dispatch.Dispatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;

/** Keeps {@code complaint_view} in step with the complaint events. */
@ApplicationScoped
public class ComplaintProjector implements Projector {

    @Override
    public List<String> tables() {
        return List.of("complaint_view", "complaint_callback");
    }

    /** What each complaint event changes in the view: every type of the family decided here. */
    private static final Dispatch<Connection, ComplaintEvent> PROJECT = Dispatch.<Connection, ComplaintEvent>over(ComplaintEvent.class)
            .on(ComplaintLogged.class, (c, e) -> Sql.update(c, "INSERT INTO complaint_view (complaint_id, customer_id, "
                    + "category, channel, description, recorded_by, invoice_ids, disputed_amount, currency, status, logged_at, "
                    + "severity, contact_person, product, used_on, what_happened, customer_wish, delivery_refs, dispatch_due) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'LOGGED', ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?)",
                    e.complaintId(), e.customerId(), e.category(), e.channel(), e.description(), e.recordedBy(),
                    Json.write(e.invoiceIds()), e.disputedAmount(), e.currency(), e.loggedAt(),
                    Severity.of(e.severity()).name(), e.contactPerson(),
                    e.product() == null ? null : Json.write(e.product()), e.usedOn(), e.whatHappened(), e.customerWish(),
                    e.deliveryRefs() == null ? null : Json.write(e.deliveryRefs()), e.dispatchDue()))
            .on(ComplaintAssigned.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET handler = ?, status = 'ASSIGNED', "
                    + "assigned_at = coalesce(assigned_at, ?) WHERE complaint_id = ?", e.handler(), e.assignedAt(),
                    e.complaintId()))
            .on(ComplaintEscalated.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET handler = ?, assigned_at = "
                    + "coalesce(assigned_at, ?), status = CASE WHEN status = 'LOGGED' THEN 'ASSIGNED' ELSE status END "
                    + "WHERE complaint_id = ?", e.toHandler(), e.escalatedAt(), e.complaintId()))
            .on(ComplaintDispatchOverdue.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET dispatch_overdue = true "
                    + "WHERE complaint_id = ?", e.complaintId()))
            .on(ComplaintInvestigated.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET findings = ?, root_cause = ?, "
                    + "status = 'INVESTIGATING' WHERE complaint_id = ?", e.findings(), e.rootCause(), e.complaintId()))
            .on(ResolutionProposed.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET remedy = ?, remedy_amount = ?, "
                    + "remedy_currency = ?, remedy_note = ?, approval_needed = ?, approved_by = NULL, accepted_by = NULL, "
                    + "status = 'RESOLUTION_PROPOSED' WHERE complaint_id = ?", e.remedy(), e.amount(), e.currency(), e.note(),
                    e.approvalNeeded(), e.complaintId()))
            .on(ResolutionApproved.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET approved_by = ?, "
                    + "status = 'APPROVED' WHERE complaint_id = ?", e.approvedBy(), e.complaintId()))
            .on(ResolutionAccepted.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET accepted_by = ?, "
                    + "status = 'ACCEPTED' WHERE complaint_id = ?", e.acceptedBy(), e.complaintId()))
            .on(ResolutionCarriedOut.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET carried_out_at = ?, "
                    + "callback_due = ?, callback_attempts = 0, status = 'CARRIED_OUT' WHERE complaint_id = ?",
                    e.carriedOutAt(), e.callbackDue(), e.complaintId()))
            .on(ComplaintCompensationAgreed.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET credit_note_id = ? "
                    + "WHERE complaint_id = ?", e.creditNoteId(), e.complaintId()))
            .on(CallbackRecorded.class, (c, e) -> {
                Sql.update(c, "INSERT INTO complaint_callback (complaint_id, cycle, attempt, reached, satisfied, called_at, "
                        + "due_at) SELECT complaint_id, reopened + 1, ?, ?, ?, ?, callback_due FROM complaint_view "
                        + "WHERE complaint_id = ?", e.attempt(), e.reached(), e.satisfied(), e.calledAt(), e.complaintId());
                Sql.update(c, "UPDATE complaint_view SET callback_attempts = ?, satisfied = ? WHERE complaint_id = ?",
                        e.attempt(), e.satisfied(), e.complaintId());
            })
            .on(ComplaintReopened.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET status = 'ASSIGNED', "
                    + "reopened = reopened + 1, callback_due = NULL WHERE complaint_id = ?", e.complaintId()))
            .on(ComplaintClosed.class, (c, e) -> Sql.update(c, "UPDATE complaint_view SET status = ?, closed_at = ? "
                    + "WHERE complaint_id = ?", e.outcome(), e.closedAt(), e.complaintId()))
            .build();

    @Override
    public void project(Connection c, StoredEvent stored) throws Exception {
        if (stored.event() instanceof ComplaintEvent event) {
            PROJECT.handle(c, event);
        }
    }
}
