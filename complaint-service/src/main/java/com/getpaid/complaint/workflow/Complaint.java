package com.getpaid.complaint.workflow;

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
import com.getpaid.kit.command.StreamKind;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A complaint from logging to closing (dispatched within 60 business minutes, called back within 72 hours):
 * LOGGED → ASSIGNED → INVESTIGATING → RESOLUTION_PROPOSED → APPROVED → ACCEPTED → CARRIED_OUT → CLOSED, with
 * REOPENED (back to ASSIGNED, same handler) when the customer is not satisfied at the call-back and
 * CLOSED_UNREACHABLE when the customer cannot be reached. Each step from the wrong state is refused naming the state it
 * needs ({@link AlreadyRecorded} on {@code status}: 409). Money agreed and carried out becomes
 * {@link ComplaintCompensationAgreed} (a credit note in receivables), once per carrying out, all of them together
 * at most the disputed amount.
 */
public final class Complaint {

    /** Complaint streams, one per complaint id, locked by their own id. */
    public static final StreamKind<Complaint, ComplaintEvent> KIND = new StreamKind<>() {
        @Override
        public String streamId(String complaintId) {
            return Complaint.streamId(complaintId);
        }

        @Override
        public Complaint replay(String complaintId, List<ComplaintEvent> history) {
            return Complaint.from(history);
        }

        @Override
        public void apply(Complaint complaint, ComplaintEvent event) {
            complaint.apply(event);
        }
    };

    /** How each event moves the complaint: every type of the family decided here. */
    private static final Dispatch<Complaint, ComplaintEvent> APPLY = Dispatch.<Complaint, ComplaintEvent>over(ComplaintEvent.class)
            .on(ComplaintLogged.class, (c, e) -> {
                c.complaintId = e.complaintId();
                c.customerId = e.customerId();
                c.serious = Severity.of(e.severity()) == Severity.SERIOUS;
                c.invoiceIds = e.invoiceIds() == null ? List.of() : e.invoiceIds();
                c.disputed = e.disputedAmount();
                c.disputedCurrency = e.currency();
                c.loggedAt = e.loggedAt();
                c.dispatchDue = e.dispatchDue();
                c.status = ComplaintStatus.LOGGED;
            })
            .on(ComplaintAssigned.class, (c, e) -> {
                c.handler = e.handler();
                c.status = ComplaintStatus.ASSIGNED;
            })
            .on(ComplaintEscalated.class, (c, e) -> {
                c.handler = e.toHandler();
                c.status = c.status == ComplaintStatus.LOGGED ? ComplaintStatus.ASSIGNED : c.status;
            })
            .on(ComplaintDispatchOverdue.class, (c, e) -> c.dispatchOverdue = true)
            .on(ComplaintInvestigated.class, (c, e) -> c.status = ComplaintStatus.INVESTIGATING)
            .on(ResolutionProposed.class, (c, e) -> {
                c.proposal = e;
                c.status = ComplaintStatus.RESOLUTION_PROPOSED;
            })
            .on(ResolutionApproved.class, (c, e) -> c.status = ComplaintStatus.APPROVED)
            .on(ResolutionAccepted.class, (c, e) -> c.status = ComplaintStatus.ACCEPTED)
            .on(ResolutionCarriedOut.class, (c, e) -> {
                c.status = ComplaintStatus.CARRIED_OUT;
                c.callbacks = 0;
            })
            .on(ComplaintCompensationAgreed.class, (c, e) -> {
                c.compensations++;
                c.compensated = c.compensated.add(e.amount());
            })
            .on(CallbackRecorded.class, (c, e) -> c.callbacks = e.attempt())
            .on(ComplaintReopened.class, (c, e) -> c.status = ComplaintStatus.ASSIGNED)
            .on(ComplaintClosed.class, (c, e) -> c.status = ComplaintStatus.valueOf(e.outcome()))
            .build();

    private String complaintId;
    private String customerId;
    private ComplaintStatus status;
    private String handler;
    private boolean serious;
    private boolean dispatchOverdue;
    private List<String> invoiceIds = List.of();
    private Instant loggedAt;
    private Instant dispatchDue;
    private ResolutionProposed proposal;
    private int callbacks;
    private int compensations;
    /** What the complaint disputes (its claim), and what was credited for it so far, across reopenings. */
    private BigDecimal disputed;
    private String disputedCurrency;
    private BigDecimal compensated = BigDecimal.ZERO;

    public static String streamId(String complaintId) {
        return "complaint-" + complaintId;
    }

    public static Complaint from(List<ComplaintEvent> history) {
        Complaint complaint = new Complaint();
        history.forEach(complaint::apply);
        return complaint;
    }

    /** Null before the complaint was logged. */
    public ComplaintStatus status() {
        return status;
    }

    public String customerId() {
        return customerId;
    }

    /** Who has the complaint; null while nobody does. */
    public String handler() {
        return handler;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    /** When a handler must have the complaint (null for complaints logged before dispatch times). */
    public Instant dispatchDue() {
        return dispatchDue;
    }

    /** Logs the complaint; a SERIOUS one goes straight to the senior handler. */
    public List<ComplaintEvent> log(String id, LogComplaint c, Instant now, Instant dispatchDue, String seniorHandler) {
        if (status != null) {
            throw new AlreadyRecorded("id", "Complaint " + id + " was already logged");
        }
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ComplaintLogged(id, c.customerId(), c.category().name(), c.channel().name(), c.description(),
                c.recordedBy(), c.invoiceIds(), c.disputedAmount(), c.currency(), now, c.contactPerson(), c.product(),
                c.usedOn(), c.whatHappened(), c.customerWish(), c.deliveryRefs(), c.severity().name(), dispatchDue));
        if (c.severity() == Severity.SERIOUS) {
            events.add(new ComplaintEscalated(id, c.customerId(), seniorHandler, "SERIOUS complaint: straight to a senior "
                    + "handler", c.recordedBy(), now));
        }
        return events;
    }

    public List<ComplaintEvent> assign(String toHandler, String by, Instant now) {
        need("an assignment", ComplaintStatus.LOGGED, ComplaintStatus.ASSIGNED);
        if (toHandler.equals(handler)) {
            return List.of(); // already theirs: a retry changes nothing
        }
        return List.of(new ComplaintAssigned(complaintId, customerId, toHandler, by, now));
    }

    public List<ComplaintEvent> escalate(String toHandler, String reason, String by, Instant now) {
        need("an escalation", ComplaintStatus.LOGGED, ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING,
                ComplaintStatus.RESOLUTION_PROPOSED);
        return List.of(new ComplaintEscalated(complaintId, customerId, toHandler, reason, by, now));
    }

    /**
     * Nobody took the complaint by {@code due}: raised once, and the complaint goes to the senior handler. Nothing when
     * it was taken meanwhile (the watch read an older view).
     */
    public List<ComplaintEvent> dispatchOverdue(Instant loggedAt, Instant due, Instant now, String seniorHandler) {
        if (status != ComplaintStatus.LOGGED || dispatchOverdue) {
            return List.of();
        }
        return List.of(new ComplaintDispatchOverdue(complaintId, customerId, (serious ? Severity.SERIOUS : Severity.NORMAL).name(),
                loggedAt, due, now, seniorHandler),
                new ComplaintEscalated(complaintId, customerId, seniorHandler, "Dispatch overdue: nobody took the complaint "
                        + "by " + due, "complaint-service: dispatch watch", now));
    }

    public List<ComplaintEvent> investigate(String findings, String rootCause, String by, Instant now) {
        need("an investigation", ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING);
        return List.of(new ComplaintInvestigated(complaintId, customerId, findings, rootCause, by, now));
    }

    /** Proposes a remedy; one at or below the approval threshold (in its currency) is approved with it. */
    public List<ComplaintEvent> propose(Remedy remedy, BigDecimal amount, String currency, String note, String by, Instant now,
            ComplaintPolicy policy) {
        need("a resolution", ComplaintStatus.INVESTIGATING);
        if (remedy.money() && amount != null) {
            withinClaim(amount, currency);
        }
        // the threshold bounds what one person grants for the complaint in all, not per proposal: a reopened complaint's
        // second credit note counts the first
        boolean approvalNeeded = amount != null && (!policy.approvalCurrency().equals(currency)
                || compensated.add(amount).compareTo(policy.approvalThreshold()) > 0);
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ResolutionProposed(complaintId, customerId, remedy.name(), amount, currency, note, approvalNeeded, by,
                now));
        if (!approvalNeeded) {
            events.add(new ResolutionApproved(complaintId, customerId, "automatic: at or below the approval threshold of "
                    + policy.approvalThreshold().toPlainString() + " " + policy.approvalCurrency(), now));
        }
        return events;
    }

    /**
     * Money for a complaint is bounded by what it disputes: all its credit notes together (CN-{id}, CN-{id}-2, ... across
     * reopenings) at most the disputed amount, in its currency. A complaint that disputes no amount is bounded by the
     * approval threshold instead (in all, see {@link #propose}): beyond it a manager approves.
     */
    private void withinClaim(BigDecimal amount, String currency) {
        if (disputed == null) {
            return;
        }
        if (!disputedCurrency.equals(currency)) {
            throw new RuleViolated("currency", "Complaint " + complaintId + " disputes " + disputedCurrency + ", not "
                    + currency);
        }
        BigDecimal left = disputed.subtract(compensated);
        if (amount.compareTo(left) > 0) {
            throw new RuleViolated("amount", "Complaint " + complaintId + " disputes " + disputed.toPlainString() + " "
                    + currency + (compensated.signum() == 0 ? "" : ", of which " + compensated.toPlainString()
                            + " was credited before") + ": at most " + left.toPlainString() + " more, not "
                    + amount.toPlainString());
        }
    }

    public List<ComplaintEvent> approve(String by, Instant now) {
        need("an approval", ComplaintStatus.RESOLUTION_PROPOSED);
        return List.of(new ResolutionApproved(complaintId, customerId, by, now));
    }

    public List<ComplaintEvent> accept(String by, Instant now) {
        need("the customer's acceptance", ComplaintStatus.APPROVED);
        return List.of(new ResolutionAccepted(complaintId, customerId, by, now));
    }

    /** Carried out: the call-back falls due, and money agreed is credited once (CN-{id}, then CN-{id}-2 after a reopen). */
    public List<ComplaintEvent> carryOut(String department, String note, String by, Instant now, LocalDate today,
            ComplaintPolicy policy) {
        need("carrying out", ComplaintStatus.ACCEPTED);
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ResolutionCarriedOut(complaintId, customerId, department, note, by, now, now.plus(policy.callbackAfter()),
                handler));
        if (Remedy.valueOf(proposal.remedy()).money() && proposal.amount() != null && proposal.amount().signum() > 0) {
            String creditNoteId = "CN-" + complaintId + (compensations == 0 ? "" : "-" + (compensations + 1));
            events.add(new ComplaintCompensationAgreed(complaintId, customerId, creditNoteId, proposal.remedy(),
                    proposal.amount(), proposal.currency(), invoiceIds.isEmpty() ? null : invoiceIds.get(0), today));
        }
        return events;
    }

    /**
     * A call-back: reached and satisfied closes the complaint; reached and not satisfied reopens it to its handler; not
     * reached on the last allowed attempt closes it as unreachable.
     */
    public List<ComplaintEvent> callBack(boolean reached, Boolean satisfied, String note, String by, Instant now,
            ComplaintPolicy policy) {
        need("a call-back", ComplaintStatus.CARRIED_OUT);
        int attempt = callbacks + 1;
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new CallbackRecorded(complaintId, customerId, attempt, reached, reached ? satisfied : null, note, by, now));
        if (reached && Boolean.TRUE.equals(satisfied)) {
            events.add(new ComplaintClosed(complaintId, customerId, ComplaintStatus.CLOSED.name(), now));
        } else if (reached) {
            events.add(new ComplaintReopened(complaintId, customerId, note, handler, now));
        } else if (attempt >= policy.callbackAttempts()) {
            events.add(new ComplaintClosed(complaintId, customerId, ComplaintStatus.CLOSED_UNREACHABLE.name(), now));
        }
        return events;
    }

    /** Refuses the step unless the complaint exists and is in one of {@code states}. */
    private void need(String step, ComplaintStatus... states) {
        if (status == null) {
            throw new NotFound("No complaint '" + complaintId + "'");
        }
        if (Arrays.asList(states).contains(status)) {
            return;
        }
        throw new AlreadyRecorded("status", "Complaint " + complaintId + " is " + status + "; " + step + " needs it "
                + Arrays.stream(states).map(Enum::name).collect(Collectors.joining(" or "))
                + (status.closed() ? " (it is closed)" : ""));
    }

    void apply(ComplaintEvent event) {
        APPLY.apply(this, event);
    }
}
