package com.getpaid.complaint.complaint;

import com.getpaid.events.Json;
import com.getpaid.events.complaints.CallbackRecorded;
import com.getpaid.events.complaints.ComplaintAssigned;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintCompensationAgreed;
import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.events.complaints.ComplaintEscalated;
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

    @Override
    public void project(Connection c, StoredEvent stored) throws Exception {
        Object event = stored.event();
        if (event instanceof ComplaintLogged e) {
            Sql.update(c, "INSERT INTO complaint_view (complaint_id, customer_id, category, channel, description, recorded_by, "
                    + "invoice_ids, disputed_amount, currency, status, logged_at, severity, contact_person, product, used_on, "
                    + "what_happened, customer_wish, delivery_refs, dispatch_due) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, "
                    + "'LOGGED', ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?)",
                    e.complaintId(), e.customerId(), e.category(), e.channel(), e.description(), e.recordedBy(),
                    Json.write(e.invoiceIds()), e.disputedAmount(), e.currency(), e.loggedAt(),
                    e.severity() == null ? "NORMAL" : e.severity(), e.contactPerson(),
                    e.product() == null ? null : Json.write(e.product()), e.usedOn(), e.whatHappened(), e.customerWish(),
                    e.deliveryRefs() == null ? null : Json.write(e.deliveryRefs()), e.dispatchDue());
        } else if (event instanceof ComplaintAssigned e) {
            Sql.update(c, "UPDATE complaint_view SET handler = ?, status = 'ASSIGNED', assigned_at = coalesce(assigned_at, ?) "
                    + "WHERE complaint_id = ?", e.handler(), e.assignedAt(), e.complaintId());
        } else if (event instanceof ComplaintEscalated e) {
            Sql.update(c, "UPDATE complaint_view SET handler = ?, assigned_at = coalesce(assigned_at, ?), status = CASE WHEN "
                    + "status = 'LOGGED' THEN 'ASSIGNED' ELSE status END WHERE complaint_id = ?", e.toHandler(),
                    e.escalatedAt(), e.complaintId());
        } else if (event instanceof ComplaintDispatchOverdue e) {
            Sql.update(c, "UPDATE complaint_view SET dispatch_overdue = true WHERE complaint_id = ?", e.complaintId());
        } else if (event instanceof ComplaintInvestigated e) {
            Sql.update(c, "UPDATE complaint_view SET findings = ?, root_cause = ?, status = 'INVESTIGATING' WHERE complaint_id = ?",
                    e.findings(), e.rootCause(), e.complaintId());
        } else if (event instanceof ResolutionProposed e) {
            Sql.update(c, "UPDATE complaint_view SET remedy = ?, remedy_amount = ?, remedy_currency = ?, remedy_note = ?, "
                    + "approval_needed = ?, approved_by = NULL, accepted_by = NULL, status = 'RESOLUTION_PROPOSED' "
                    + "WHERE complaint_id = ?", e.remedy(), e.amount(), e.currency(), e.note(), e.approvalNeeded(), e.complaintId());
        } else if (event instanceof ResolutionApproved e) {
            Sql.update(c, "UPDATE complaint_view SET approved_by = ?, status = 'APPROVED' WHERE complaint_id = ?",
                    e.approvedBy(), e.complaintId());
        } else if (event instanceof ResolutionAccepted e) {
            Sql.update(c, "UPDATE complaint_view SET accepted_by = ?, status = 'ACCEPTED' WHERE complaint_id = ?",
                    e.acceptedBy(), e.complaintId());
        } else if (event instanceof ResolutionCarriedOut e) {
            Sql.update(c, "UPDATE complaint_view SET carried_out_at = ?, callback_due = ?, callback_attempts = 0, "
                    + "status = 'CARRIED_OUT' WHERE complaint_id = ?", e.carriedOutAt(), e.callbackDue(), e.complaintId());
        } else if (event instanceof ComplaintCompensationAgreed e) {
            Sql.update(c, "UPDATE complaint_view SET credit_note_id = ? WHERE complaint_id = ?", e.creditNoteId(), e.complaintId());
        } else if (event instanceof CallbackRecorded e) {
            Sql.update(c, "INSERT INTO complaint_callback (complaint_id, cycle, attempt, reached, satisfied, called_at, due_at) "
                    + "SELECT complaint_id, reopened + 1, ?, ?, ?, ?, callback_due FROM complaint_view WHERE complaint_id = ?",
                    e.attempt(), e.reached(), e.satisfied(), e.calledAt(), e.complaintId());
            Sql.update(c, "UPDATE complaint_view SET callback_attempts = ?, satisfied = ? WHERE complaint_id = ?", e.attempt(),
                    e.satisfied(), e.complaintId());
        } else if (event instanceof ComplaintReopened e) {
            Sql.update(c, "UPDATE complaint_view SET status = 'ASSIGNED', reopened = reopened + 1, callback_due = NULL "
                    + "WHERE complaint_id = ?", e.complaintId());
        } else if (event instanceof ComplaintClosed e) {
            Sql.update(c, "UPDATE complaint_view SET status = ?, closed_at = ? WHERE complaint_id = ?", e.outcome(), e.closedAt(),
                    e.complaintId());
        }
    }
}
