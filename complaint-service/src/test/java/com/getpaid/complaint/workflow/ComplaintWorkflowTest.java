package com.getpaid.complaint.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.complaints.CallbackRecorded;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintCompensationAgreed;
import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.events.complaints.ComplaintEscalated;
import com.getpaid.events.complaints.ComplaintEvent;
import com.getpaid.events.complaints.ComplaintReopened;
import com.getpaid.events.complaints.ResolutionApproved;
import com.getpaid.events.complaints.ResolutionCarriedOut;
import com.getpaid.events.complaints.ResolutionProposed;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The complaint's workflow as rules: given its events, when a step is asked for, then these events (or a refusal). */
class ComplaintWorkflowTest {

    static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z"); // Monday 10:00 in Shanghai
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static ComplaintPolicy policy() {
        return new ComplaintPolicy() {
            public BigDecimal approvalThreshold() { return new BigDecimal("1000.00"); }
            public String approvalCurrency() { return "CNY"; }
            public Duration callbackAfter() { return Duration.ofHours(72); }
            public int callbackAttempts() { return 3; }
            public Duration dispatchWithin() { return Duration.ofMinutes(60); }
            public String seniorHandler() { return "chen.jie"; }
            public LocalTime opensAt() { return LocalTime.of(8, 30); }
            public LocalTime closesAt() { return LocalTime.of(17, 30); }
            public Set<DayOfWeek> businessDays() { return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY); }
        };
    }

    private final List<ComplaintEvent> history = new ArrayList<>();

    private List<ComplaintEvent> when(java.util.function.Function<Complaint, List<ComplaintEvent>> step) {
        List<ComplaintEvent> events = step.apply(Complaint.from(history));
        history.addAll(events);
        return events;
    }

    private Complaint now() {
        return Complaint.from(history);
    }

    private void logged(Severity severity, List<String> invoices) {
        logged(severity, invoices, "400.00", "CNY");
    }

    private void logged(Severity severity, List<String> invoices, String disputed, String currency) {
        when(c -> c.log("CMP-1", new LogComplaint("C-1", Category.PRODUCT_QUALITY, Channel.PHONE, "cracked", "desk", invoices,
                disputed == null ? null : new BigDecimal(disputed), currency, null, null, null, null, null, List.of(),
                severity), T0, T0.plusSeconds(3600), "chen.jie"));
    }

    private void upToCarriedOut(Remedy remedy, String amount) {
        when(c -> c.assign("zhou.min", "desk", T0));
        when(c -> c.investigate("brittle", "MOULD", "zhou.min", T0));
        when(c -> c.propose(remedy, amount == null ? null : new BigDecimal(amount), amount == null ? null : "CNY", "note",
                "zhou.min", T0, policy()));
        if (now().status() == ComplaintStatus.RESOLUTION_PROPOSED) {
            when(c -> c.approve("Wang Fang", T0));
        }
        when(c -> c.accept("Mr Zhang", T0));
        when(c -> c.carryOut("FINANCE", "done", "zhou.min", T0.plusSeconds(7200), DAY, policy()));
    }

    @Test
    void a_complaint_goes_from_logged_to_closed_when_the_customer_is_reached_and_satisfied() {
        logged(Severity.NORMAL, List.of("INV-1"));
        upToCarriedOut(Remedy.APOLOGY, null);
        assertEquals(ComplaintStatus.CARRIED_OUT, now().status());
        List<ComplaintEvent> events = when(c -> c.callBack(true, true, "happy", "zhou.min", T0, policy()));
        assertEquals(List.of(CallbackRecorded.class, ComplaintClosed.class), events.stream().map(Object::getClass).toList());
        assertEquals(ComplaintStatus.CLOSED, now().status());
    }

    @Test
    void the_callback_falls_due_72_hours_after_carrying_out_not_after_logging() {
        logged(Severity.NORMAL, List.of());
        upToCarriedOut(Remedy.REPLACEMENT, null);
        ResolutionCarriedOut done = history.stream().filter(ResolutionCarriedOut.class::isInstance)
                .map(ResolutionCarriedOut.class::cast).findFirst().orElseThrow();
        assertEquals(T0.plusSeconds(7200).plus(Duration.ofHours(72)), done.callbackDue());
    }

    @Test
    void a_remedy_above_the_threshold_waits_for_approval_and_one_at_it_is_approved_with_the_proposal() {
        logged(Severity.NORMAL, List.of(), "5000.00", "CNY");
        when(c -> c.assign("zhou.min", "desk", T0));
        when(c -> c.investigate("brittle", "MOULD", "zhou.min", T0));
        List<ComplaintEvent> above = when(c -> c.propose(Remedy.COMPENSATION, new BigDecimal("1000.01"), "CNY", null, "z", T0, policy()));
        assertEquals(1, above.size());
        assertTrue(((ResolutionProposed) above.get(0)).approvalNeeded());
        assertEquals(ComplaintStatus.RESOLUTION_PROPOSED, now().status());

        history.clear();
        logged(Severity.NORMAL, List.of(), "5000.00", "CNY");
        when(c -> c.assign("zhou.min", "desk", T0));
        when(c -> c.investigate("brittle", "MOULD", "zhou.min", T0));
        List<ComplaintEvent> at = when(c -> c.propose(Remedy.COMPENSATION, new BigDecimal("1000.00"), "CNY", null, "z", T0, policy()));
        assertEquals(List.of(ResolutionProposed.class, ResolutionApproved.class), at.stream().map(Object::getClass).toList());
        assertTrue(((ResolutionApproved) at.get(1)).approvedBy().startsWith("automatic"));
        assertEquals(ComplaintStatus.APPROVED, now().status());
    }

    @Test
    void a_remedy_in_another_currency_always_needs_approval() {
        logged(Severity.NORMAL, List.of(), "100.00", "USD");
        when(c -> c.assign("zhou.min", "desk", T0));
        when(c -> c.investigate("brittle", "MOULD", "zhou.min", T0));
        when(c -> c.propose(Remedy.DISCOUNT, new BigDecimal("10.00"), "USD", null, "z", T0, policy()));
        assertEquals(ComplaintStatus.RESOLUTION_PROPOSED, now().status());
    }

    @Test
    void money_carried_out_becomes_one_credit_note_on_the_complaints_first_invoice_and_another_after_a_reopen() {
        logged(Severity.NORMAL, List.of("INV-7", "INV-8"));
        upToCarriedOut(Remedy.COMPENSATION, "250.00");
        ComplaintCompensationAgreed first = (ComplaintCompensationAgreed) history.stream()
                .filter(ComplaintCompensationAgreed.class::isInstance).findFirst().orElseThrow();
        assertEquals(List.of("CN-CMP-1", "INV-7", "250.00", "CNY"), List.of(first.creditNoteId(), first.invoiceId(),
                first.amount().toPlainString(), first.currency()));

        List<ComplaintEvent> unhappy = when(c -> c.callBack(true, false, "still cracked", "zhou.min", T0, policy()));
        assertEquals(ComplaintReopened.class, unhappy.get(1).getClass());
        assertEquals(ComplaintStatus.ASSIGNED, now().status());
        assertEquals("zhou.min", ((ComplaintReopened) unhappy.get(1)).handler());
        when(c -> c.investigate("second batch too", "MOULD", "zhou.min", T0));
        when(c -> c.propose(Remedy.COMPENSATION, new BigDecimal("100.00"), "CNY", null, "z", T0, policy()));
        when(c -> c.accept("Mr Zhang", T0));
        List<ComplaintEvent> again = when(c -> c.carryOut("FINANCE", null, "z", T0, DAY, policy()));
        assertEquals("CN-CMP-1-2", ((ComplaintCompensationAgreed) again.get(1)).creditNoteId());
    }

    @Test
    void the_credit_notes_of_a_complaint_together_never_exceed_what_it_disputes_across_reopenings() {
        logged(Severity.NORMAL, List.of("INV-7"));
        upToCarriedOut(Remedy.COMPENSATION, "250.00");
        when(c -> c.callBack(true, false, "still cracked", "zhou.min", T0, policy()));
        when(c -> c.investigate("second batch too", "MOULD", "zhou.min", T0));
        RuleViolated beyond = assertThrows(RuleViolated.class, () -> now().propose(Remedy.COMPENSATION,
                new BigDecimal("150.01"), "CNY", null, "z", T0, policy()));
        assertEquals("amount", beyond.field());
        assertEquals("Complaint CMP-1 disputes 400.00 CNY, of which 250.00 was credited before: at most 150.00 more, not "
                + "150.01", beyond.getMessage());
        when(c -> c.propose(Remedy.DISCOUNT, new BigDecimal("150.00"), "CNY", null, "z", T0, policy()));
        when(c -> c.accept("Mr Zhang", T0));
        assertEquals("CN-CMP-1-2", ((ComplaintCompensationAgreed) when(c -> c.carryOut("FINANCE", null, "z", T0, DAY,
                policy())).get(1)).creditNoteId());
        when(c -> c.callBack(true, false, "and again", "zhou.min", T0, policy()));
        when(c -> c.investigate("third look", "MOULD", "zhou.min", T0));
        assertEquals("amount", assertThrows(RuleViolated.class, () -> now().propose(Remedy.RETURN_REFUND,
                new BigDecimal("0.01"), "CNY", null, "z", T0, policy())).field(), "400.00 credited: nothing is left");
        assertEquals(2, when(c -> c.propose(Remedy.REPLACEMENT, null, null, null, "z", T0, policy())).size(),
                "a remedy without money still goes");
    }

    @Test
    void without_a_disputed_amount_a_reopened_complaint_needs_a_manager_once_its_compensations_pass_the_threshold() {
        logged(Severity.NORMAL, List.of(), null, null);
        upToCarriedOut(Remedy.COMPENSATION, "800.00"); // under 1000.00: approved with the proposal
        when(c -> c.callBack(true, false, "still cracked", "zhou.min", T0, policy()));
        when(c -> c.investigate("second batch too", "MOULD", "zhou.min", T0));
        // 300.00 alone is under the threshold, but 1100.00 for the complaint in all is not
        assertEquals(1, when(c -> c.propose(Remedy.COMPENSATION, new BigDecimal("300.00"), "CNY", null, "z", T0,
                policy())).size(), "proposed, waiting for a manager");
        assertEquals(ComplaintStatus.RESOLUTION_PROPOSED, now().status());
    }

    @Test
    void without_a_disputed_amount_the_threshold_counts_every_compensation_and_another_currency_is_refused() {
        logged(Severity.NORMAL, List.of(), null, null);
        when(c -> c.assign("zhou.min", "desk", T0));
        when(c -> c.investigate("brittle", "MOULD", "zhou.min", T0));
        assertEquals(2, now().propose(Remedy.COMPENSATION, new BigDecimal("10.00"), "CNY", null, "z", T0, policy()).size(),
                "under the threshold: approved with the proposal");
        history.clear();
        logged(Severity.NORMAL, List.of());
        when(c -> c.assign("zhou.min", "desk", T0));
        when(c -> c.investigate("brittle", "MOULD", "zhou.min", T0));
        assertEquals("currency", assertThrows(RuleViolated.class, () -> now().propose(Remedy.COMPENSATION,
                new BigDecimal("10.00"), "USD", null, "z", T0, policy())).field());
    }

    @Test
    void an_apology_or_a_replacement_credits_nothing() {
        logged(Severity.NORMAL, List.of("INV-7"));
        upToCarriedOut(Remedy.REPLACEMENT, null);
        assertTrue(history.stream().noneMatch(ComplaintCompensationAgreed.class::isInstance));
    }

    @Test
    void the_third_unanswered_callback_closes_the_complaint_as_unreachable() {
        logged(Severity.NORMAL, List.of());
        upToCarriedOut(Remedy.APOLOGY, null);
        assertEquals(1, when(c -> c.callBack(false, null, "no answer", "z", T0, policy())).size());
        assertEquals(1, when(c -> c.callBack(false, null, "no answer", "z", T0, policy())).size());
        List<ComplaintEvent> third = when(c -> c.callBack(false, null, "no answer", "z", T0, policy()));
        assertEquals("CLOSED_UNREACHABLE", ((ComplaintClosed) third.get(1)).outcome());
        assertEquals(3, ((CallbackRecorded) third.get(0)).attempt());
    }

    @Test
    void a_step_from_the_wrong_state_is_refused_naming_the_state_it_needs() {
        logged(Severity.NORMAL, List.of());
        AlreadyRecorded refused = assertThrows(AlreadyRecorded.class, () -> now().investigate("f", "r", "z", T0));
        assertEquals("status", refused.field());
        assertTrue(refused.getMessage().contains("is LOGGED") && refused.getMessage().contains("needs it ASSIGNED"),
                refused.getMessage());
        upToCarriedOut(Remedy.APOLOGY, null);
        when(c -> c.callBack(true, true, null, "z", T0, policy()));
        AlreadyRecorded closed = assertThrows(AlreadyRecorded.class, () -> now().assign("x", "y", T0));
        assertTrue(closed.getMessage().contains("(it is closed)"), closed.getMessage());
    }

    @Test
    void a_serious_complaint_goes_straight_to_the_senior_handler() {
        logged(Severity.SERIOUS, List.of());
        assertEquals(ComplaintEscalated.class, history.get(1).getClass());
        assertEquals("chen.jie", ((ComplaintEscalated) history.get(1)).toHandler());
        assertEquals(ComplaintStatus.ASSIGNED, now().status());
        assertEquals(List.of(), now().dispatchOverdue(T0, T0, T0, "chen.jie"), "taken: nothing is overdue");
    }

    @Test
    void a_dispatch_overdue_is_raised_once_and_escalates() {
        logged(Severity.NORMAL, List.of());
        List<ComplaintEvent> late = when(c -> c.dispatchOverdue(T0, T0.plusSeconds(3600), T0.plusSeconds(3700), "chen.jie"));
        assertEquals(List.of(ComplaintDispatchOverdue.class, ComplaintEscalated.class),
                late.stream().map(Object::getClass).toList());
        assertEquals(ComplaintStatus.ASSIGNED, now().status());
        assertEquals(List.of(), now().dispatchOverdue(T0, T0.plusSeconds(3600), T0.plusSeconds(9000), "chen.jie"));
    }

    @Test
    void assigning_the_same_handler_again_changes_nothing() {
        logged(Severity.NORMAL, List.of());
        when(c -> c.assign("zhou.min", "desk", T0));
        assertEquals(List.of(), when(c -> c.assign("zhou.min", "desk", T0)));
    }
}
