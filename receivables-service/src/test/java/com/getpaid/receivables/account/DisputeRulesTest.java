package com.getpaid.receivables.account;

import static com.getpaid.receivables.account.DunningRulesTest.DUE;
import static com.getpaid.receivables.account.DunningRulesTest.account;
import static com.getpaid.receivables.account.DunningRulesTest.day;
import static com.getpaid.receivables.account.DunningRulesTest.money;
import static com.getpaid.receivables.account.DunningRulesTest.overdue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.DisputeConfirmed;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.DomainError;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Disputes: the disputed part leaves dunning until resolved; a resolution may credit part of it. */
class DisputeRulesTest {

    /** Above 10000.00 a dispute not opened by a credit manager awaits confirmation; reviewed 14 days on, at most 30. */
    static final DisputePolicy POLICY = new DisputePolicy(new ApprovalPolicy(java.util.Map.of(), money("10000.00")), 14, 30);

    static List<ReceivableEvent> dispute(ReceivablesAccount account, String id, String invoice, String amount) {
        var events = account.openDispute(new OpenDispute(id, "C-1", invoice, money(amount), "CNY", "cracked housings", null,
                "Li Na", DUE.minusDays(10), null, false), POLICY);
        events.forEach(account::apply);
        return events;
    }

    static List<ReceivableEvent> resolve(ReceivablesAccount account, String id, String outcome, String note, LocalDate on) {
        var events = account.resolveDispute(new ResolveDispute(id, "C-1", DisputeOutcome.valueOf(outcome), note == null ? null : money(note), "Wang Fang",
                on));
        events.forEach(account::apply);
        return events;
    }

    @Test
    void theDisputedPartLeavesDunningAndTheRestIsDunned() {
        var account = account("1000.00");
        dispute(account, "D-1", "I-1", "400.00");
        assertEquals(List.of(), day(account, DUE.minusDays(7)), "no note before the due date while any of it is disputed");
        assertEquals(List.of(overdue(DUE.plusDays(1), "600.00", 1, "FRIENDLY_REMINDER")), day(account, DUE.plusDays(1)));
        dispute(account, "D-2", "I-1", "600.00");
        assertEquals(List.of(), day(account, DUE.plusDays(20)), "all of it disputed: no firm reminder");
        // rejected: the 600.00 is owed again; the invoice goes to the step its age calls for
        var rejected = resolve(account, "D-2", "REJECTED", null, DUE.plusDays(31));
        assertEquals(new DisputeResolved("D-2", "I-1", "C-1", money("600.00"), "CNY", "REJECTED", null, null, "Wang Fang",
                DUE.plusDays(31)), rejected.get(0));
        assertEquals(List.of(overdue(DUE.plusDays(31), "600.00", 3, "FINAL_NOTICE")), day(account, DUE.plusDays(31)));
        // settled half way: a credit note of 250.00 on the invoice; the other 150.00 of the dispute is owed
        var settled = resolve(account, "D-1", "SETTLED", "250.00", DUE.plusDays(40));
        assertEquals(new CreditNoteIssued("CN-D-1", "C-1", "I-1", money("250.00"), "CNY", DUE.plusDays(40),
                "Dispute D-1 settled: cracked housings", null, money("250.00"), money("0.00")), settled.get(1));
        assertEquals(money("750.00"), account.invoice("I-1").orElseThrow().open());
        assertEquals(List.of(overdue(DUE.plusDays(60), "750.00", 4, "ESCALATION")), day(account, DUE.plusDays(60)));
    }

    @Test
    void disputesAndResolutionsThatCannotBeAreRefused() {
        var account = account("1000.00");
        assertThrows(RuleViolated.class, () -> dispute(account, "D-1", "I-9", "1.00"));
        assertEquals("amount", assertThrows(DomainError.class, () -> dispute(account, "D-1", "I-1", "1000.01")).field());
        dispute(account, "D-1", "I-1", "700.00");
        assertEquals("amount", assertThrows(DomainError.class, () -> dispute(account, "D-2", "I-1", "300.01")).field(), "no more than is open and not yet disputed");
        assertThrows(AlreadyRecorded.class, () -> dispute(account, "D-1", "I-1", "1.00"));
        assertThrows(NotFound.class, () -> resolve(account, "D-9", "UPHELD", null, DUE));
        assertEquals("creditNoteAmount", assertThrows(DomainError.class, () -> resolve(account, "D-1", "REJECTED", "10.00", DUE))
                .field());
        assertEquals("creditNoteAmount", assertThrows(DomainError.class, () -> resolve(account, "D-1", "UPHELD", "1000.01", DUE))
                .field());
        resolve(account, "D-1", "UPHELD", "700.00", DUE);
        assertThrows(AlreadyRecorded.class, () -> resolve(account, "D-1", "UPHELD", null, DUE));
    }

    @Test
    void aComplaintsDisputedAmountIsSpreadOverTheInvoicesItNamesOnce() {
        var account = account("300.00", "1000.00");
        var opened = account.disputesOf("CMP-1", "C-1", List.of("I-1", "I-9", "I-2"), money("500.00"), "CNY", "broken", "desk",
                DUE, POLICY);
        assertEquals(List.of(new DisputeOpened("CMP-1-1", "I-1", "C-1", money("300.00"), "CNY", "broken", "CMP-1", "desk", DUE,
                DUE.plusDays(14), false),
                new DisputeOpened("CMP-1-3", "I-2", "C-1", money("200.00"), "CNY", "broken", "CMP-1", "desk", DUE,
                        DUE.plusDays(14), false)), opened);
        opened.forEach(account::apply);
        assertEquals(List.of(), account.disputesOf("CMP-1", "C-1", List.of("I-1", "I-9", "I-2"), money("500.00"), "CNY",
                "broken", "desk", DUE, POLICY), "the same complaint again opens nothing");
        var restored = ReceivablesAccount.from(account.snapshot(), List.of());
        assertEquals(money("200.00"), restored.invoice("I-2").orElseThrow().disputed());
        assertEquals(account.fallDue("C-1", DUE.plusDays(1), DunningRulesTest.LADDER),
                restored.fallDue("C-1", DUE.plusDays(1), DunningRulesTest.LADDER));
    }

    @Test
    void closingAComplaintSettlesItsDisputesOnlyAndOnce() {
        var account = account("300.00", "1000.00");
        account.disputesOf("CMP-1", "C-1", List.of("I-1", "I-2"), money("500.00"), "CNY", "broken", "desk", DUE, POLICY)
                .forEach(account::apply);
        dispute(account, "DSP-OWN", "I-2", "100.00");
        var settled = account.complaintClosed("CMP-1", "C-1", "CLOSED", DUE.plusDays(5));
        assertEquals(List.of("CMP-1-1", "CMP-1-2"), settled.stream().map(e -> ((DisputeResolved) e).disputeId()).toList());
        assertEquals(List.of("SETTLED", "SETTLED"), settled.stream().map(e -> ((DisputeResolved) e).outcome()).toList());
        settled.forEach(account::apply);
        assertEquals(money("100.00"), account.invoice("I-2").orElseThrow().disputed(), "a dispute of its own stays open");
        assertEquals(List.of(), account.complaintClosed("CMP-1", "C-1", "CLOSED", DUE.plusDays(6)), "closed again: nothing");
    }

    @Test
    void aComplaintsCompensationIsOneCreditNoteOnItsInvoiceOrOnTheBalanceWhenTheCurrencyDiffers() {
        var account = account("300.00");
        var onInvoice = account.compensate("CMP-1", "CN-CMP-1", "C-1", "I-1", money("120.00"), "CNY", "COMPENSATION", DUE);
        CreditNoteIssued note = (CreditNoteIssued) onInvoice.get(0);
        assertEquals(List.of("I-1", "120.00", "0.00"), List.of(note.invoiceId(), note.applied().toPlainString(),
                note.toCredit().toPlainString()));
        onInvoice.forEach(account::apply);
        assertEquals(List.of(), account.compensate("CMP-1", "CN-CMP-1", "C-1", "I-1", money("120.00"), "CNY", "COMPENSATION",
                DUE), "the same compensation again credits nothing");
        CreditNoteIssued usd = (CreditNoteIssued) account.compensate("CMP-2", "CN-CMP-2", "C-1", "I-1", money("15.00"), "USD",
                "DISCOUNT", DUE).get(0);
        assertEquals(java.util.Arrays.asList(null, "15.00"), java.util.Arrays.asList(usd.invoiceId(), usd.toCredit().toPlainString()));
        CreditNoteIssued unknown = (CreditNoteIssued) account.compensate("CMP-3", "CN-CMP-3", "C-1", "I-404", money("5.00"),
                "CNY", "RETURN_REFUND", DUE).get(0);
        assertEquals(null, unknown.invoiceId());
    }

    @Test
    void aComplaintsCreditNoteSettlesThatMuchOfItsDisputeSoTheMoneyIsNotTakenOffTwice() {
        var account = account("1000.00");
        account.disputesOf("CMP-1", "C-1", List.of("I-1"), money("300.00"), "CNY", "broken", "desk", DUE.minusDays(5), POLICY)
                .forEach(account::apply);
        dispute(account, "DSP-OWN", "I-1", "50.00");
        var compensated = account.compensate("CMP-1", "CN-CMP-1", "C-1", "I-1", money("120.00"), "CNY", "COMPENSATION",
                DUE.minusDays(2));
        assertEquals(List.of(
                new CreditNoteIssued("CN-CMP-1", "C-1", "I-1", money("120.00"), "CNY", DUE.minusDays(2),
                        "Complaint CMP-1: compensation agreed and carried out", "CMP-1", money("120.00"), money("0.00")),
                new DisputeResolved("CMP-1-1", "I-1", "C-1", money("300.00"), "CNY", "SETTLED", "CN-CMP-1", money("120.00"),
                        "complaint CMP-1 credit note CN-CMP-1", DUE.minusDays(2)),
                new DisputeOpened("CMP-1-2", "I-1", "C-1", money("180.00"), "CNY", "broken", "CMP-1", "desk",
                        DUE.minusDays(5), DUE.plusDays(9), false)), compensated);
        compensated.forEach(account::apply);
        // 880.00 open, 180.00 of it the complaint's and 50.00 a dispute of its own: 650.00 is dunned, not 530.00
        assertEquals(money("880.00"), account.invoice("I-1").orElseThrow().open());
        assertEquals(money("230.00"), account.invoice("I-1").orElseThrow().disputed());
        assertEquals(List.of(overdue(DUE.plusDays(1), "650.00", 1, "FRIENDLY_REMINDER")), day(account, DUE.plusDays(1)));
        // a second note beyond what is left disputed settles the rest and no more; the dispute of its own stays
        var again = account.compensate("CMP-1", "CN-CMP-1-2", "C-1", "I-1", money("200.00"), "CNY", "COMPENSATION",
                DUE.plusDays(3));
        assertEquals(List.of("CreditNoteIssued", "DisputeResolved"), again.stream().map(e -> e.getClass().getSimpleName())
                .toList());
        assertEquals(money("180.00"), ((DisputeResolved) again.get(1)).creditNoteAmount());
        again.forEach(account::apply);
        assertEquals(money("50.00"), account.invoice("I-1").orElseThrow().disputed());
        assertEquals(List.of(), account.complaintClosed("CMP-1", "C-1", "CLOSED", DUE.plusDays(5)),
                "nothing of the complaint is left disputed");
    }

    @Test
    void aCreditNoteWithoutAComplaintOrOnTheBalanceSettlesNoDispute() {
        var account = account("1000.00");
        account.disputesOf("CMP-1", "C-1", List.of("I-1"), money("300.00"), "CNY", "broken", "desk", DUE, POLICY)
                .forEach(account::apply);
        assertEquals(1, account.issueCreditNote(new IssueCreditNote("CN-9", "C-1", "I-1", money("100.00"), "CNY", DUE,
                "price concession", null)).size());
        assertEquals(1, account.compensate("CMP-1", "CN-CMP-1", "C-1", null, money("100.00"), "CNY", "COMPENSATION", DUE)
                .size());
    }

    static List<ReceivableEvent> open(ReceivablesAccount account, String id, String amount, LocalDate reviewBy,
            boolean byCreditManager) {
        var events = account.openDispute(new OpenDispute(id, "C-1", "I-1", money(amount), "CNY", "cracked housings", null,
                "li.na", DUE, reviewBy, byCreditManager), POLICY);
        events.forEach(account::apply);
        return events;
    }

    static List<ReceivableEvent> confirm(ReceivablesAccount account, String id, LocalDate on) {
        var events = account.confirmDispute(new ConfirmDispute(id, "C-1", "wang.fang", on));
        events.forEach(account::apply);
        return events;
    }

    @Test
    void aCollectorsDisputeAboveTheThresholdLeavesDunningAtOnceAndAwaitsACreditManager() {
        var account = account("60000.00");
        assertEquals(List.of(new DisputeOpened("D-1", "I-1", "C-1", money("50000.00"), "CNY", "cracked housings", null,
                "li.na", DUE, DUE.plusDays(14), true)), open(account, "D-1", "50000.00", null, false));
        assertEquals(List.of(overdue(DUE.plusDays(1), "10000.00", 1, "FRIENDLY_REMINDER")), day(account, DUE.plusDays(1)),
                "unconfirmed, the disputed part is not dunned");
        var restored = ReceivablesAccount.from(account.snapshot(), List.of());
        assertEquals(List.of(new DisputeConfirmed("D-1", "I-1", "C-1", money("50000.00"), "CNY", "wang.fang", DUE.plusDays(2))),
                confirm(restored, "D-1", DUE.plusDays(2)), "a snapshot keeps that it awaits confirmation");
        assertThrows(AlreadyRecorded.class, () -> confirm(restored, "D-1", DUE.plusDays(3)), "confirmed once");
        assertEquals(money("50000.00"), restored.invoice("I-1").orElseThrow().disputed());
    }

    @Test
    void aDisputeAtTheThresholdOrOpenedByACreditManagerIsConfirmedAtOnce() {
        var account = account("60000.00");
        assertEquals(false, ((DisputeOpened) open(account, "D-1", "10000.00", null, false).get(0)).awaitingConfirmation());
        assertEquals(false, ((DisputeOpened) open(account, "D-2", "40000.00", null, true).get(0)).awaitingConfirmation());
        assertThrows(AlreadyRecorded.class, () -> confirm(account, "D-2", DUE), "nothing to confirm");
        assertThrows(NotFound.class, () -> confirm(account, "D-9", DUE));
        var other = account("60000.00");
        open(other, "D-1", "50000.00", null, false);
        resolve(other, "D-1", "REJECTED", null, DUE.plusDays(1));
        assertEquals("disputeId", assertThrows(RuleViolated.class, () -> confirm(other, "D-1", DUE.plusDays(2))).field(),
                "a resolved dispute is not confirmed");
    }

    @Test
    void aDisputeIsReviewedOnTheDayGivenAtMostThirtyDaysAheadOrFourteenDaysOn() {
        var account = account("1000.00");
        assertEquals(DUE.plusDays(30), ((DisputeOpened) open(account, "D-1", "100.00", DUE.plusDays(30), false).get(0))
                .reviewBy());
        assertEquals("reviewBy", assertThrows(RuleViolated.class, () -> open(account, "D-2", "100.00", DUE.plusDays(31), false))
                .field());
        assertEquals("reviewBy", assertThrows(RuleViolated.class, () -> open(account, "D-3", "100.00", DUE.minusDays(1), false))
                .field());
        assertEquals(DUE.plusDays(14), ((DisputeOpened) open(account, "D-4", "100.00", null, false).get(0)).reviewBy());
    }

    @Test
    void aComplaintsDisputeAboveTheThresholdAwaitsConfirmationAndWhatItsCreditNoteLeavesStillDoes() {
        var account = account("60000.00");
        account.disputesOf("CMP-1", "C-1", List.of("I-1"), money("50000.00"), "CNY", "broken", "desk", DUE, POLICY)
                .forEach(account::apply);
        var compensated = account.compensate("CMP-1", "CN-CMP-1", "C-1", "I-1", money("1000.00"), "CNY", "COMPENSATION",
                DUE.plusDays(1));
        assertEquals(new DisputeOpened("CMP-1-2", "I-1", "C-1", money("49000.00"), "CNY", "broken", "CMP-1", "desk", DUE,
                DUE.plusDays(14), true), compensated.get(2));
        compensated.forEach(account::apply);
        assertEquals(1, confirm(account, "CMP-1-2", DUE.plusDays(2)).size());
    }

    @Test
    void aConfirmedDisputeReplaysAsConfirmedAndAnOldOneWithoutTheFieldNeedsNoConfirmation() {
        var account = account("60000.00");
        var history = new java.util.ArrayList<ReceivableEvent>(List.of(new com.getpaid.events.receivables.InvoiceIssued("I-1",
                "C-1", null, DUE.minusDays(30), DUE, money("60000.00"), "CNY")));
        history.addAll(open(account, "D-1", "50000.00", null, false));
        history.addAll(confirm(account, "D-1", DUE));
        history.add(new DisputeOpened("D-OLD", "I-1", "C-1", money("5000.00"), "CNY", "from before", null, "li.na", DUE));
        var replayed = ReceivablesAccount.from(history);
        assertThrows(AlreadyRecorded.class, () -> confirm(replayed, "D-1", DUE));
        assertThrows(AlreadyRecorded.class, () -> confirm(replayed, "D-OLD", DUE));
    }
}
