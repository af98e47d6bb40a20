package com.getpaid.events;

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
import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CreditLimitProposed;
import com.getpaid.events.customers.CreditLimitRaiseRequested;
import com.getpaid.events.customers.CreditLimitSet;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CreditReviewDue;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.CustomerUpdated;
import com.getpaid.events.customers.HoldLifted;
import com.getpaid.events.customers.ManualHoldPlaced;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import com.getpaid.events.notifications.FollowUpCompleted;
import com.getpaid.events.notifications.FollowUpScheduled;
import com.getpaid.events.notifications.NotificationCancelled;
import com.getpaid.events.notifications.NotificationFailed;
import com.getpaid.events.notifications.NotificationQueued;
import com.getpaid.events.notifications.NotificationSent;
import com.getpaid.events.receivables.ApprovalGiven;
import com.getpaid.events.receivables.ApprovalRefused;
import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.receivables.CollectionActivityRecorded;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.DisputeConfirmed;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.receivables.InvoiceDueDateSet;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.events.receivables.StatementConfirmed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The event types on the wire (CloudEvents {@code ce_type}). Names are written here once, by hand,
 * so renaming a Java class can never change what other services read.
 */
public final class EventCatalog {

    private static final Map<String, Class<? extends DomainEvent>> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, String> BY_CLASS = new HashMap<>();

    static {
        register("CustomerRegistered", CustomerRegistered.class);
        register("CustomerUpdated", CustomerUpdated.class);
        register("SupplyHoldPlaced", SupplyHoldPlaced.class);
        register("SupplyHoldUpdated", SupplyHoldUpdated.class);
        register("SupplyHoldReleased", SupplyHoldReleased.class);
        register("ManualHoldPlaced", ManualHoldPlaced.class);
        register("HoldLifted", HoldLifted.class);
        register("RiskSignalDetected", RiskSignalDetected.class);
        register("CreditAssessed", CreditAssessed.class);
        register("CreditReviewDue", CreditReviewDue.class);
        register("AccountHandedOver", AccountHandedOver.class);
        register("CreditLimitProposed", CreditLimitProposed.class);
        register("CreditLimitRaiseRequested", CreditLimitRaiseRequested.class);
        register("CreditLimitSet", CreditLimitSet.class);
        register("InvoiceIssued", InvoiceIssued.class);
        register("InvoiceDueDateSet", InvoiceDueDateSet.class);
        register("PaymentReceived", PaymentReceived.class);
        register("PaymentOverdue", PaymentOverdue.class);
        register("CreditNoteIssued", CreditNoteIssued.class);
        register("InvoiceWrittenOff", InvoiceWrittenOff.class);
        register("InvoiceReinstated", InvoiceReinstated.class);
        register("RefundPaid", RefundPaid.class);
        register("CreditApplied", CreditApplied.class);
        register("StatementConfirmed", StatementConfirmed.class);
        register("PaymentDueSoon", PaymentDueSoon.class);
        register("PromiseRecorded", PromiseRecorded.class);
        register("PromiseKept", PromiseKept.class);
        register("PromiseBroken", PromiseBroken.class);
        register("DisputeOpened", DisputeOpened.class);
        register("DisputeConfirmed", DisputeConfirmed.class);
        register("DisputeResolved", DisputeResolved.class);
        register("CollectionActivityRecorded", CollectionActivityRecorded.class);
        register("ApprovalRequested", ApprovalRequested.class);
        register("ApprovalGiven", ApprovalGiven.class);
        register("ApprovalRefused", ApprovalRefused.class);
        register("ComplaintLogged", ComplaintLogged.class);
        register("ComplaintAssigned", ComplaintAssigned.class);
        register("ComplaintEscalated", ComplaintEscalated.class);
        register("ComplaintDispatchOverdue", ComplaintDispatchOverdue.class);
        register("ComplaintInvestigated", ComplaintInvestigated.class);
        register("ResolutionProposed", ResolutionProposed.class);
        register("ResolutionApproved", ResolutionApproved.class);
        register("ResolutionAccepted", ResolutionAccepted.class);
        register("ResolutionCarriedOut", ResolutionCarriedOut.class);
        register("ComplaintCompensationAgreed", ComplaintCompensationAgreed.class);
        register("CallbackRecorded", CallbackRecorded.class);
        register("ComplaintReopened", ComplaintReopened.class);
        register("ComplaintClosed", ComplaintClosed.class);
        register("NotificationQueued", NotificationQueued.class);
        register("NotificationSent", NotificationSent.class);
        register("NotificationFailed", NotificationFailed.class);
        register("NotificationCancelled", NotificationCancelled.class);
        register("FollowUpScheduled", FollowUpScheduled.class);
        register("FollowUpCompleted", FollowUpCompleted.class);
    }

    private static void register(String type, Class<? extends DomainEvent> type_) {
        BY_TYPE.put(type, type_);
        BY_CLASS.put(type_, type);
    }

    public static String typeOf(DomainEvent event) {
        String type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Event class not in the catalog: " + event.getClass().getName());
        }
        return type;
    }

    public static Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Map<String, Class<? extends DomainEvent>> all() {
        return Map.copyOf(BY_TYPE);
    }

    /** Decodes the JSON data of an event of the given type; unknown types and bad data throw. */
    public static DomainEvent decode(String type, String json) {
        Class<? extends DomainEvent> cls = classOf(type)
                .orElseThrow(() -> new UnknownEventType(type));
        return Json.read(json, cls);
    }

    public static String encode(DomainEvent event) {
        return Json.write(event);
    }

    /** An event type this build does not know (a newer producer's); the consumer skips it and counts it. */
    public static final class UnknownEventType extends RuntimeException {
        public UnknownEventType(String type) {
            super("Unknown event type '" + type + "'");
        }
    }

    private EventCatalog() {
    }
}
