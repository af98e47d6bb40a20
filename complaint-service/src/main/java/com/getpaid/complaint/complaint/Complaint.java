package com.getpaid.complaint.complaint;

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
import com.getpaid.kit.api.ApiProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A complaint from logging to closing (dispatched within 60 business minutes, called back within 72 hours):
 * LOGGED → ASSIGNED → INVESTIGATING → RESOLUTION_PROPOSED → APPROVED → ACCEPTED → CARRIED_OUT → CLOSED, with
 * REOPENED (back to ASSIGNED, same handler) when the customer is not satisfied at the call-back and
 * CLOSED_UNREACHABLE when the customer cannot be reached. Each step from the wrong state is refused with 409 naming
 * the state it needs. Money agreed and carried out becomes {@link ComplaintCompensationAgreed} (a credit note in
 * receivables), once per carrying out.
 */
public final class Complaint {

    public static final String LOGGED = "LOGGED", ASSIGNED = "ASSIGNED", INVESTIGATING = "INVESTIGATING",
            RESOLUTION_PROPOSED = "RESOLUTION_PROPOSED", APPROVED = "APPROVED", ACCEPTED = "ACCEPTED",
            CARRIED_OUT = "CARRIED_OUT", CLOSED = "CLOSED", CLOSED_UNREACHABLE = "CLOSED_UNREACHABLE";
    /** Remedies that are money to the customer: carried out, they are credited on the customer's account. */
    public static final Set<String> MONEY_REMEDIES = Set.of("DISCOUNT", "RETURN_REFUND", "COMPENSATION");

    private String complaintId;
    private String customerId;
    private String status;
    private String handler;
    private boolean serious;
    private boolean dispatchOverdue;
    private List<String> invoiceIds = List.of();
    private ResolutionProposed proposal;
    private int callbacks;
    private int compensations;
    private long version;

    public static String streamId(String complaintId) {
        return "complaint-" + complaintId;
    }

    public static Complaint from(List<ComplaintEvent> history) {
        Complaint complaint = new Complaint();
        history.forEach(complaint::apply);
        return complaint;
    }

    public long version() {
        return version;
    }

    public String status() {
        return status;
    }

    public String customerId() {
        return customerId;
    }

    /** Logs the complaint; a SERIOUS one goes straight to the senior handler. */
    public List<ComplaintEvent> log(String id, LogComplaint c, Instant now, Instant dispatchDue, String seniorHandler) {
        if (status != null) {
            throw ApiProblem.conflict("id", "Complaint " + id + " was already logged");
        }
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ComplaintLogged(id, c.customerId(), c.category(), c.channel(), c.description(), c.recordedBy(),
                c.invoiceIds(), c.disputedAmount(), c.currency(), now, c.contactPerson(), c.product(), c.usedOn(),
                c.whatHappened(), c.customerWish(), c.deliveryRefs(), c.severity(), dispatchDue));
        if ("SERIOUS".equals(c.severity())) {
            events.add(new ComplaintEscalated(id, c.customerId(), seniorHandler, "SERIOUS complaint: straight to a senior "
                    + "handler", c.recordedBy(), now));
        }
        return events;
    }

    public List<ComplaintEvent> assign(String toHandler, String by, Instant now) {
        need("an assignment", LOGGED, ASSIGNED);
        if (toHandler.equals(handler)) {
            return List.of(); // already theirs: a retry changes nothing
        }
        return List.of(new ComplaintAssigned(complaintId, customerId, toHandler, by, now));
    }

    public List<ComplaintEvent> escalate(String toHandler, String reason, String by, Instant now) {
        need("an escalation", LOGGED, ASSIGNED, INVESTIGATING, RESOLUTION_PROPOSED);
        return List.of(new ComplaintEscalated(complaintId, customerId, toHandler, reason, by, now));
    }

    /**
     * Nobody took the complaint by {@code due}: raised once, and the complaint goes to the senior handler. Nothing when
     * it was taken meanwhile (the watch read an older view).
     */
    public List<ComplaintEvent> dispatchOverdue(Instant loggedAt, Instant due, Instant now, String seniorHandler) {
        if (!LOGGED.equals(status) || dispatchOverdue) {
            return List.of();
        }
        return List.of(new ComplaintDispatchOverdue(complaintId, customerId, serious ? "SERIOUS" : "NORMAL", loggedAt, due, now,
                seniorHandler),
                new ComplaintEscalated(complaintId, customerId, seniorHandler, "Dispatch overdue: nobody took the complaint "
                        + "by " + due, "complaint-service: dispatch watch", now));
    }

    public List<ComplaintEvent> investigate(String findings, String rootCause, String by, Instant now) {
        need("an investigation", ASSIGNED, INVESTIGATING);
        return List.of(new ComplaintInvestigated(complaintId, customerId, findings, rootCause, by, now));
    }

    /** Proposes a remedy; one at or below the approval threshold (in its currency) is approved with it. */
    public List<ComplaintEvent> propose(String remedy, BigDecimal amount, String currency, String note, String by, Instant now,
            ComplaintPolicy policy) {
        need("a resolution", INVESTIGATING);
        boolean approvalNeeded = amount != null && (!policy.approvalCurrency().equals(currency)
                || amount.compareTo(policy.approvalThreshold()) > 0);
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ResolutionProposed(complaintId, customerId, remedy, amount, currency, note, approvalNeeded, by, now));
        if (!approvalNeeded) {
            events.add(new ResolutionApproved(complaintId, customerId, "automatic: at or below the approval threshold of "
                    + policy.approvalThreshold().toPlainString() + " " + policy.approvalCurrency(), now));
        }
        return events;
    }

    public List<ComplaintEvent> approve(String by, Instant now) {
        need("an approval", RESOLUTION_PROPOSED);
        return List.of(new ResolutionApproved(complaintId, customerId, by, now));
    }

    public List<ComplaintEvent> accept(String by, Instant now) {
        need("the customer's acceptance", APPROVED);
        return List.of(new ResolutionAccepted(complaintId, customerId, by, now));
    }

    /** Carried out: the call-back falls due, and money agreed is credited once (CN-{id}, then CN-{id}-2 after a reopen). */
    public List<ComplaintEvent> carryOut(String department, String note, String by, Instant now, LocalDate today,
            ComplaintPolicy policy) {
        need("carrying out", ACCEPTED);
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ResolutionCarriedOut(complaintId, customerId, department, note, by, now, now.plus(policy.callbackAfter()),
                handler));
        if (MONEY_REMEDIES.contains(proposal.remedy()) && proposal.amount() != null && proposal.amount().signum() > 0) {
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
        need("a call-back", CARRIED_OUT);
        int attempt = callbacks + 1;
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new CallbackRecorded(complaintId, customerId, attempt, reached, reached ? satisfied : null, note, by, now));
        if (reached && Boolean.TRUE.equals(satisfied)) {
            events.add(new ComplaintClosed(complaintId, customerId, CLOSED, now));
        } else if (reached) {
            events.add(new ComplaintReopened(complaintId, customerId, note, handler, now));
        } else if (attempt >= policy.callbackAttempts()) {
            events.add(new ComplaintClosed(complaintId, customerId, CLOSED_UNREACHABLE, now));
        }
        return events;
    }

    private void need(String step, String... states) {
        if (status == null) {
            throw ApiProblem.notFound("No complaint '" + complaintId + "'");
        }
        for (String s : states) {
            if (s.equals(status)) {
                return;
            }
        }
        throw ApiProblem.conflict("status", "Complaint " + complaintId + " is " + status + "; " + step + " needs it "
                + String.join(" or ", states) + (CLOSED.equals(status) || CLOSED_UNREACHABLE.equals(status)
                        ? " (it is closed)" : ""));
    }

    void apply(ComplaintEvent event) {
        version++;
        if (event instanceof ComplaintLogged e) {
            complaintId = e.complaintId();
            customerId = e.customerId();
            serious = "SERIOUS".equals(e.severity());
            invoiceIds = e.invoiceIds() == null ? List.of() : e.invoiceIds();
            status = LOGGED;
        } else if (event instanceof ComplaintAssigned e) {
            handler = e.handler();
            status = ASSIGNED;
        } else if (event instanceof ComplaintEscalated e) {
            handler = e.toHandler();
            status = LOGGED.equals(status) ? ASSIGNED : status;
        } else if (event instanceof ComplaintDispatchOverdue) {
            dispatchOverdue = true;
        } else if (event instanceof ComplaintInvestigated) {
            status = INVESTIGATING;
        } else if (event instanceof ResolutionProposed e) {
            proposal = e;
            status = RESOLUTION_PROPOSED;
        } else if (event instanceof ResolutionApproved) {
            status = APPROVED;
        } else if (event instanceof ResolutionAccepted) {
            status = ACCEPTED;
        } else if (event instanceof ResolutionCarriedOut) {
            status = CARRIED_OUT;
            callbacks = 0;
        } else if (event instanceof ComplaintCompensationAgreed) {
            compensations++;
        } else if (event instanceof CallbackRecorded e) {
            callbacks = e.attempt();
        } else if (event instanceof ComplaintReopened) {
            status = ASSIGNED;
        } else if (event instanceof ComplaintClosed e) {
            status = e.outcome();
        }
    }
}
