package com.getpaid.receivables.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.CreditApplied;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.InvoiceDueDateSet;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceReinstated;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.DomainError;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Given events, when a command, then events (or a refusal). */
class ReceivablesAccountTest {

    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    /** The default ladder without reminders before the due date, for the rules that are not about them. */
    static final DunningLadder NO_PRE_DUE = DunningLadder.parse("1:FRIENDLY_REMINDER,15:FIRM_REMINDER,30:FINAL_NOTICE,"
            + "60:ESCALATION", "", 2);

    static InvoiceIssued invoice(String id, LocalDate due, String amount) {
        return new InvoiceIssued(id, "C-1", "DN-" + id, NOV_1, due, new BigDecimal(amount), "CNY");
    }

    static ReceivablesAccount given(ReceivableEvent... history) {
        return ReceivablesAccount.from(List.of(history));
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void dueDateFollowsTheCustomersTermsWhenLeftOut() {
        var events = given().issue(new IssueInvoice("I-1", "C-1", "DN-I-1", NOV_1, null, money("100.00"), "CNY"),
                Optional.of(PaymentTerms.netDays(30)));
        assertEquals(List.of(invoice("I-1", LocalDate.of(2026, 12, 1), "100.00")), events);
    }

    @Test
    void invoiceWaitsForTermsThenGetsItsDueDate() {
        var issued = given().issue(new IssueInvoice("I-1", "C-1", "DN-I-1", NOV_1, null, money("100.00"), "CNY"),
                Optional.empty());
        assertEquals(List.of(invoice("I-1", null, "100.00")), issued);
        var events = given(issued.get(0)).applyTerms("C-1", PaymentTerms.cashOnDelivery());
        assertEquals(List.of(new InvoiceDueDateSet("I-1", "C-1", NOV_1, PaymentTerms.cashOnDelivery())), events);
    }

    @Test
    void paymentGoesToTheOldestDueFirstAndTheRestIsCredit() {
        var account = given(invoice("LATE", LocalDate.of(2026, 12, 31), "300.00"),
                invoice("EARLY", LocalDate.of(2026, 11, 15), "200.00"));
        var events = account.receive(new ReceivePayment("P-1", "C-1", money("600.00"), "CNY", NOV_1, null, null));
        assertEquals(List.of(new PaymentReceived("P-1", "C-1", money("600.00"), "CNY", NOV_1, null,
                List.of(new Allocation("EARLY", money("200.00")), new Allocation("LATE", money("300.00"))),
                money("100.00"))), events);
    }

    @Test
    void partialPaymentLeavesTheRestOpen() {
        var account = given(invoice("I-1", NOV_1, "1200.50"),
                new PaymentReceived("P-1", "C-1", money("200.50"), "CNY", NOV_1, null,
                        List.of(new Allocation("I-1", money("200.50"))), money("0.00")));
        assertEquals(money("1000.00"), account.invoice("I-1").orElseThrow().open());
    }

    @Test
    void allocationsBeyondWhatIsOpenAreRefused() {
        var account = given(invoice("I-1", NOV_1, "100.00"));
        var problem = assertThrows(DomainError.class, () -> account.receive(new ReceivePayment("P-1", "C-1", money("500.00"),
                "CNY", NOV_1, null, List.of(new Allocation("I-1", money("150.00"))))));
        assertEquals("allocations[0].amount", problem.field());
        var unknown = assertThrows(DomainError.class, () -> account.receive(new ReceivePayment("P-2", "C-1", money("5.00"),
                "CNY", NOV_1, null, List.of(new Allocation("NOPE", money("5.00"))))));
        assertEquals("allocations[0].invoiceId", unknown.field());
    }

    @Test
    void overdueIsRaisedOncePerInvoiceAndNotForPaidOnes() {
        LocalDate due = LocalDate.of(2026, 11, 10);
        var account = given(invoice("I-1", due, "100.00"), invoice("I-2", due, "50.00"),
                new PaymentReceived("P-1", "C-1", money("50.00"), "CNY", due, null,
                        List.of(new Allocation("I-2", money("50.00"))), money("0.00")));
        assertEquals(List.of(), account.fallDue("C-1", due, NO_PRE_DUE), "not overdue on the due date itself");
        var events = account.fallDue("C-1", due.plusDays(3), NO_PRE_DUE);
        assertEquals(List.of(new PaymentOverdue("I-1", "C-1", due, due.plusDays(3), 3, money("100.00"), "CNY", 1, "FRIENDLY_REMINDER")), events);
        var after = given(invoice("I-1", due, "100.00"), events.get(0));
        assertEquals(List.of(), after.fallDue("C-1", due.plusDays(4), NO_PRE_DUE));
    }

    @Test
    void anAccountFromASnapshotDecidesAsTheWholeHistoryDoes() {
        LocalDate due = LocalDate.of(2026, 11, 10);
        List<ReceivableEvent> history = List.of(invoice("I-1", due, "100.00"), invoice("I-2", null, "50.00"),
                new PaymentReceived("P-1", "C-1", money("130.00"), "CNY", due, null,
                        List.of(new Allocation("I-1", money("100.00"))), money("30.00")),
                new InvoiceDueDateSet("I-2", "C-1", due.plusDays(5), PaymentTerms.netDays(30)),
                invoice("I-3", due.plusDays(1), "70.00"));
        for (int cut = 0; cut <= history.size(); cut++) {
            // through JSON, as the snapshot is stored
            var stored = com.getpaid.events.Json.read(com.getpaid.events.Json.write(
                    ReceivablesAccount.from(history.subList(0, cut)).snapshot()), ReceivablesAccount.Snapshot.class);
            var fromSnapshot = ReceivablesAccount.from(stored, history.subList(cut, history.size()));
            var whole = ReceivablesAccount.from(history);
            assertEquals(whole.snapshot(), fromSnapshot.snapshot(), "cut after " + cut + " events");
            assertEquals(whole.version(), fromSnapshot.version());
            var pay = new ReceivePayment("P-2", "C-1", money("60.00"), "CNY", due.plusDays(20), null, null);
            assertEquals(whole.receive(pay), fromSnapshot.receive(pay));
            assertEquals(whole.fallDue("C-1", due.plusDays(30), NO_PRE_DUE), fromSnapshot.fallDue("C-1", due.plusDays(30), NO_PRE_DUE));
            assertThrows(DomainError.class, () -> fromSnapshot.receive(new ReceivePayment("P-1", "C-1",
                    money("1.00"), "CNY", due, null, null)), "a payment in the snapshot is known");
        }
    }

    static IssueCreditNote creditNote(String id, String invoiceId, String amount, String currency) {
        return new IssueCreditNote(id, "C-1", invoiceId, money(amount), currency, NOV_1.plusDays(5), "price concession", null);
    }

    @Test
    void aCreditNoteReducesWhatIsOpenAndWhatExceedsItBecomesCredit() {
        var account = given(invoice("I-1", LocalDate.of(2026, 11, 30), "500.00"),
                new PaymentReceived("P-1", "C-1", money("300.00"), "CNY", NOV_1, null,
                        List.of(new Allocation("I-1", money("300.00"))), money("0.00")));
        var events = account.issueCreditNote(creditNote("CN-1", "I-1", "250.00", "CNY"));
        assertEquals(List.of(new CreditNoteIssued("CN-1", "C-1", "I-1", money("250.00"), "CNY", NOV_1.plusDays(5),
                "price concession", null, money("200.00"), money("50.00"))), events);
        account.apply(events.get(0));
        assertEquals(money("0.00"), account.invoice("I-1").orElseThrow().open());
        assertEquals(money("50.00"), account.credit().get("CNY"));
        // conservation: invoiced 500.00 = paid 300.00 + credited 200.00 + open 0.00; the note's rest is credit
        var again = assertThrows(DomainError.class, () -> account.issueCreditNote(creditNote("CN-1", "I-1", "1.00", "CNY")));
        assertEquals("creditNoteId", again.field());
    }

    @Test
    void aCreditNoteWithoutAnInvoiceIsAllCreditBalance() {
        var events = given().issueCreditNote(creditNote("CN-2", null, "80.00", "USD"));
        assertEquals(money("0.00"), ((CreditNoteIssued) events.get(0)).applied());
        assertEquals(money("80.00"), ((CreditNoteIssued) events.get(0)).toCredit());
    }

    @Test
    void aCreditNoteInAnotherCurrencyOrForAnUnknownInvoiceIsRefused() {
        var account = given(invoice("I-1", LocalDate.of(2026, 11, 30), "500.00"));
        var currency = assertThrows(DomainError.class, () -> account.issueCreditNote(creditNote("CN-3", "I-1", "10.00", "USD")));
        assertEquals("currency", currency.field());
        assertInstanceOf(RuleViolated.class, currency);
        var unknown = assertThrows(DomainError.class, () -> account.issueCreditNote(creditNote("CN-3", "I-9", "10.00", "CNY")));
        assertEquals("invoiceId", unknown.field());
    }

    @Test
    void aSnapshotKeepsTheCreditNotes() {
        var account = given(invoice("I-1", LocalDate.of(2026, 11, 30), "500.00"));
        account.apply(account.issueCreditNote(creditNote("CN-4", "I-1", "100.00", "CNY")).get(0));
        var restored = ReceivablesAccount.from(account.snapshot(), List.of());
        assertEquals(money("400.00"), restored.invoice("I-1").orElseThrow().open());
        assertThrows(DomainError.class, () -> restored.issueCreditNote(creditNote("CN-4", "I-1", "1.00", "CNY")));
    }

    static List<ReceivableEvent> applied(ReceivablesAccount account, List<ReceivableEvent> events) {
        events.forEach(account::apply);
        return events;
    }

    @Test
    void partPaidThenCreditedThenWrittenOffThenPaidLateAfterAll() {
        var account = given(invoice("I-1", LocalDate.of(2026, 1, 31), "1000.00"));
        var invoice = account.invoice("I-1").orElseThrow();
        // a partial payment: 300.00 paid, 700.00 open
        applied(account, account.receive(new ReceivePayment("P-1", "C-1", money("300.00"), "CNY", NOV_1, null, null)));
        assertEquals(money("700.00"), invoice.open());
        // a credit note of 200.00: 500.00 open
        applied(account, account.issueCreditNote(creditNote("CN-1", "I-1", "200.00", "CNY")));
        assertEquals(money("500.00"), invoice.open());
        // the rest written off: nothing open, 500.00 written off, and it cannot be written off twice
        var writtenOff = applied(account, account.writeOff(new WriteOffInvoice("WO-1", "I-1", "C-1", NOV_1.plusDays(10),
                "insolvent", "credit manager")));
        assertEquals(List.of(new InvoiceWrittenOff("WO-1", "I-1", "C-1", money("500.00"), "CNY", NOV_1.plusDays(10),
                "insolvent", "credit manager")), writtenOff);
        assertEquals(money("0.00"), invoice.open());
        assertEquals(money("500.00"), invoice.writtenOff());
        var twice = assertThrows(DomainError.class, () -> account.writeOff(new WriteOffInvoice("WO-2", "I-1", "C-1",
                NOV_1.plusDays(11), "again", "credit manager")));
        assertInstanceOf(AlreadyRecorded.class, twice);
        assertEquals(List.of(), account.fallDue("C-1", NOV_1.plusDays(20), NO_PRE_DUE), "a written-off invoice leaves dunning");
        // a payment not naming it does not touch it: it is credit
        var unnamed = account.receive(new ReceivePayment("P-2", "C-1", money("50.00"), "CNY", NOV_1.plusDays(30), null, null));
        assertEquals(List.of(), ((PaymentReceived) unnamed.get(0)).allocations());
        // a late payment naming it: reinstated first (500.00 open again), then 450.00 applied, 50.00 still open
        var late = applied(account, account.receive(new ReceivePayment("P-3", "C-1", money("450.00"), "CNY",
                NOV_1.plusDays(40), null, List.of(new Allocation("I-1", money("450.00"))))));
        assertEquals(List.of(new InvoiceReinstated("I-1", "C-1", "WO-1", money("500.00"), "CNY", NOV_1.plusDays(40), "P-3"),
                new PaymentReceived("P-3", "C-1", money("450.00"), "CNY", NOV_1.plusDays(40), null,
                        List.of(new Allocation("I-1", money("450.00"))), money("0.00"))), late);
        assertEquals(money("50.00"), invoice.open());
        assertEquals(BigDecimal.ZERO, invoice.writtenOff());
        // conservation: invoiced 1000.00 = paid 300.00 + 450.00 + credited 200.00 + open 50.00
        assertEquals(money("1000.00"), money("300.00").add(money("450.00")).add(money("200.00")).add(invoice.open()));
        // and the snapshot keeps all of it
        var restored = ReceivablesAccount.from(account.snapshot(), List.of());
        assertEquals(money("50.00"), restored.invoice("I-1").orElseThrow().open());
        assertThrows(DomainError.class, () -> restored.writeOff(new WriteOffInvoice("WO-1", "I-1", "C-1", NOV_1, "x", "y")));
    }

    @Test
    void aPaidInvoiceHasNothingToWriteOffAndAPaymentCannotExceedWhatWasWrittenOff() {
        var account = given(invoice("I-1", LocalDate.of(2026, 1, 31), "100.00"), invoice("I-2", LocalDate.of(2026, 1, 31),
                "100.00"));
        applied(account, account.receive(new ReceivePayment("P-1", "C-1", money("100.00"), "CNY", NOV_1, null,
                List.of(new Allocation("I-1", money("100.00"))))));
        var nothing = assertThrows(DomainError.class, () -> account.writeOff(new WriteOffInvoice("WO-1", "I-1", "C-1", NOV_1,
                "x", "y")));
        assertInstanceOf(RuleViolated.class, nothing);
        applied(account, account.writeOff(new WriteOffInvoice("WO-2", "I-2", "C-1", NOV_1, "x", "y")));
        var tooMuch = assertThrows(DomainError.class, () -> account.receive(new ReceivePayment("P-2", "C-1", money("150.00"),
                "CNY", NOV_1, null, List.of(new Allocation("I-2", money("150.00"))))));
        assertEquals("allocations[0].amount", tooMuch.field());
    }

    @Test
    void moneyThatArrivedBeforeTheWriteOffReinstatesOnTheDayOfTheWriteOffNotBefore() {
        var account = given(invoice("I-1", LocalDate.of(2026, 1, 31), "800.00"));
        applied(account, account.writeOff(new WriteOffInvoice("WO-1", "I-1", "C-1", NOV_1.plusDays(27), "insolvent", "cm")));
        // the bank statement shows it came in the day before the write-off: the ledger never has it reinstated before
        // it was written off (on any day, aging and statements would count it twice)
        var late = account.receive(new ReceivePayment("P-1", "C-1", money("300.00"), "CNY", NOV_1.plusDays(26), null,
                List.of(new Allocation("I-1", money("300.00")))));
        assertEquals(new InvoiceReinstated("I-1", "C-1", "WO-1", money("800.00"), "CNY", NOV_1.plusDays(27), "P-1"),
                late.get(0));
        // and a snapshot remembers the day of the write-off
        var restored = ReceivablesAccount.from(account.snapshot(), List.of());
        assertEquals(late, restored.receive(new ReceivePayment("P-1", "C-1", money("300.00"), "CNY", NOV_1.plusDays(26), null,
                List.of(new Allocation("I-1", money("300.00"))))));
    }

    @Test
    void aRefundNeverExceedsTheCreditBalanceAndConservationHolds() {
        var account = given(invoice("I-1", LocalDate.of(2026, 11, 30), "100.00"));
        // 150.00 paid: 100.00 to the invoice, 50.00 credit; a credit note of 30.00 without invoice adds to it
        applied(account, account.receive(new ReceivePayment("P-1", "C-1", money("150.00"), "CNY", NOV_1, null, null)));
        applied(account, account.issueCreditNote(creditNote("CN-1", null, "30.00", "CNY")));
        assertEquals(money("80.00"), account.credit().get("CNY"));
        var tooMuch = assertThrows(DomainError.class, () -> account.refund(new PayRefund("R-1", "C-1", money("80.01"), "CNY",
                NOV_1, null)));
        assertInstanceOf(RuleViolated.class, tooMuch);
        applied(account, account.refund(new PayRefund("R-1", "C-1", money("80.00"), "CNY", NOV_1, null)));
        // payments + credit notes above what was open = allocations + credit balance + refunds
        assertEquals(money("150.00").add(money("30.00")), money("100.00").add(account.credit().get("CNY")).add(money("80.00")));
        assertThrows(DomainError.class, () -> account.refund(new PayRefund("R-2", "C-1", money("0.01"), "CNY", NOV_1, null)));
        var restored = ReceivablesAccount.from(account.snapshot(), List.of());
        assertThrows(DomainError.class, () -> restored.refund(new PayRefund("R-1", "C-1", money("0.01"), "CNY", NOV_1, null)));
    }

    @Test
    void aCreditBalanceIsAppliedToTheNextInvoiceOfItsCurrencyAndCannotBeRefundedAfterwards() {
        var account = given();
        // 80.00 paid with nothing open: credit
        applied(account, account.receive(new ReceivePayment("P-1", "C-1", money("80.00"), "CNY", NOV_1, null, null)));
        assertEquals(money("80.00"), account.credit().get("CNY"));
        // an invoice in another currency does not use it
        var usd = account.issue(new IssueInvoice("I-USD", "C-1", null, NOV_1, NOV_1.plusDays(30), money("10.00"), "USD"),
                Optional.empty());
        assertEquals(1, usd.size());
        applied(account, usd);
        // the next CNY invoice of 50.00 takes 50.00 of it; 30.00 stays
        var events = applied(account, account.issue(new IssueInvoice("I-1", "C-1", null, NOV_1, NOV_1.plusDays(30),
                money("50.00"), "CNY"), Optional.empty()));
        assertEquals(new CreditApplied("C-1", "CNY", NOV_1, List.of(new Allocation("I-1", money("50.00"))), money("30.00")),
                events.get(1));
        assertEquals(money("0.00"), account.invoice("I-1").orElseThrow().open());
        assertEquals(money("30.00"), account.credit().get("CNY"));
        // what was applied cannot be refunded any more
        assertThrows(DomainError.class, () -> account.refund(new PayRefund("R-1", "C-1", money("30.01"), "CNY", NOV_1, null)));
        // a bigger invoice takes the rest; oldest due first when an older one is still open
        var more = applied(account, account.issue(new IssueInvoice("I-2", "C-1", null, NOV_1, NOV_1.plusDays(60),
                money("100.00"), "CNY"), Optional.empty()));
        assertEquals(new CreditApplied("C-1", "CNY", NOV_1, List.of(new Allocation("I-2", money("30.00"))), money("0.00")),
                more.get(1));
        assertEquals(money("70.00"), account.invoice("I-2").orElseThrow().open());
        assertEquals(1, applied(account, account.issue(new IssueInvoice("I-3", "C-1", null, NOV_1, NOV_1.plusDays(60),
                money("5.00"), "CNY"), Optional.empty())).size(), "no credit left: the invoice alone");
    }

    @Test
    void creditThatAroseWhileInvoicesWereOpenSettlesThemWhenTheyFallDueBeforeAnyReminder() {
        LocalDate due1 = LocalDate.of(2026, 11, 10);
        LocalDate due2 = LocalDate.of(2026, 11, 20);
        var account = given(invoice("I-1", due2, "100.00"), invoice("I-2", due1, "60.00"),
                new InvoiceIssued("I-USD", "C-1", null, NOV_1, due1, money("10.00"), "USD"),
                // a credit note without an invoice, while both CNY invoices are open: 90.00 of credit
                new CreditNoteIssued("CN-1", "C-1", null, money("90.00"), "CNY", NOV_1, "price concession", null,
                        money("0.00"), money("90.00")));
        assertEquals(List.of(), account.fallDue("C-1", due1.minusDays(1), NO_PRE_DUE), "nothing has fallen due yet");
        // on I-2's due date the credit settles it (and only it: I-1 is not due); nothing is overdue
        var onDue1 = applied(account, account.fallDue("C-1", due1, NO_PRE_DUE));
        assertEquals(List.of(new CreditApplied("C-1", "CNY", due1, List.of(new Allocation("I-2", money("60.00"))),
                money("30.00"))), onDue1);
        // the day after, the dollar invoice (no dollar credit) is overdue; the CNY credit waits for I-1
        var next = applied(account, account.fallDue("C-1", due1.plusDays(1), NO_PRE_DUE));
        assertEquals(List.of(new PaymentOverdue("I-USD", "C-1", due1, due1.plusDays(1), 1, money("10.00"), "USD", 1, "FRIENDLY_REMINDER")), next);
        // two days after I-1's due date (the scan was away): the credit is applied first, the reminder is for the rest
        var late = applied(account, account.fallDue("C-1", due2.plusDays(2), NO_PRE_DUE));
        assertEquals(List.of(new CreditApplied("C-1", "CNY", due2.plusDays(2), List.of(new Allocation("I-1", money("30.00"))),
                money("0.00")), new PaymentOverdue("I-1", "C-1", due2, due2.plusDays(2), 2, money("70.00"), "CNY", 1, "FRIENDLY_REMINDER")), late);
        assertEquals(money("70.00"), account.invoice("I-1").orElseThrow().open());
        assertEquals(List.of(), account.fallDue("C-1", due2.plusDays(3), NO_PRE_DUE), "once");
    }
}
