package com.getpaid.receivables.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.receivables.ApprovalGiven;
import com.getpaid.events.receivables.ApprovalRefused;
import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.InvoiceWrittenOff;
import com.getpaid.events.receivables.PaymentReceived;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.events.receivables.RefundPaid;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Four eyes where money leaves: given the account's events, when a credit note, refund or write-off, then what. */
class ApprovalRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    static final ApprovalPolicy POLICY = new ApprovalPolicy(Map.of("CNY", money("10000.00")), money("1000.00"));

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static ReceivablesAccount account(ReceivableEvent... history) {
        return ReceivablesAccount.from(List.of(history));
    }

    static List<ReceivableEvent> applied(ReceivablesAccount account, List<ReceivableEvent> events) {
        events.forEach(account::apply);
        return events;
    }

    static final InvoiceIssued INVOICE = new InvoiceIssued("I-1", "C-1", null, DAY.minusDays(40), DAY.minusDays(10),
            money("20000.00"), "CNY");

    static IssueCreditNote note(String id, String invoiceId, String amount) {
        return new IssueCreditNote(id, "C-1", invoiceId, money(amount), "CNY", DAY, "goodwill", null);
    }

    @Test
    void aCreditNoteOnAnInvoiceUpToTheThresholdIsIssuedAtOnceByOnePerson() {
        var account = account(INVOICE);
        assertEquals(List.of(new CreditNoteIssued("CN-1", "C-1", "I-1", money("10000.00"), "CNY", DAY, "goodwill", null,
                money("10000.00"), money("0.00"))), account.requestCreditNote(note("CN-1", "I-1", "10000.00"), POLICY,
                "erp-system", DAY));
    }

    @Test
    void aCreditNoteOnNoInvoiceWaitsForASecondPersonAndIsIssuedOnceWhenApproved() {
        var account = account(INVOICE);
        ApprovalRequested asked = new ApprovalRequested("credit-note-CN-2", "C-1", "CREDIT_NOTE", "CN-2", null,
                money("100000.00"), "CNY", DAY, "goodwill", null, null, "erp-system", DAY);
        assertEquals(List.of(asked), applied(account, account.requestCreditNote(note("CN-2", null, "100000.00"), POLICY,
                "erp-system", DAY)));
        assertEquals(Map.of(), account.credit(), "nothing is credited while it waits");
        assertEquals(List.of(asked), account.pendingApprovals());

        RuleViolated self = assertThrows(RuleViolated.class, () -> account.approve("credit-note-CN-2", "erp-system", DAY));
        assertEquals("approvedBy", self.field());
        assertTrue(self.getMessage().contains("Four eyes"), self.getMessage());

        assertEquals(List.of(new ApprovalGiven("credit-note-CN-2", "C-1", "CREDIT_NOTE", "CN-2", "erp-system", "wang.fang",
                DAY.plusDays(1)), new CreditNoteIssued("CN-2", "C-1", null, money("100000.00"), "CNY", DAY, "goodwill", null,
                money("0.00"), money("100000.00"))), applied(account, account.approve("credit-note-CN-2", "wang.fang",
                DAY.plusDays(1))));
        assertEquals(0, money("100000.00").compareTo(account.credit().get("CNY")));
        assertThrows(AlreadyRecorded.class, () -> account.approve("credit-note-CN-2", "li.lei", DAY.plusDays(1)),
                "approved once, carried out once");
        assertThrows(AlreadyRecorded.class, () -> account.refuse("credit-note-CN-2", "li.lei", "late", DAY));
        assertThrows(NotFound.class, () -> account.approve("credit-note-CN-9", "li.lei", DAY));
    }

    @Test
    void aCreditNoteAboveTheThresholdOfItsCurrencyWaitsAndOneRefusedIsNeverIssued() {
        var account = account(INVOICE);
        List<ReceivableEvent> asked = applied(account, account.requestCreditNote(note("CN-3", "I-1", "10000.01"), POLICY,
                "zhou.min", DAY));
        assertEquals("credit-note-CN-3", ((ApprovalRequested) asked.get(0)).approvalId());
        assertEquals(List.of(new ApprovalRefused("credit-note-CN-3", "C-1", "CREDIT_NOTE", "CN-3", "zhou.min", "wang.fang",
                "no contract", DAY)), applied(account, account.refuse("credit-note-CN-3", "wang.fang", "no contract", DAY)));
        assertEquals(List.of(), account.pendingApprovals());
        assertEquals(0, money("20000.00").compareTo(account.invoice("I-1").orElseThrow().open()), "nothing taken off");
        assertThrows(AlreadyRecorded.class, () -> account.approve("credit-note-CN-3", "li.lei", DAY));
    }

    @Test
    void aRefundAboveTheThresholdWaitsAndIsCheckedAgainAgainstTheBalanceWhenApproved() {
        // other currencies have the default threshold (1000.00 here)
        var account = account(new PaymentReceived("P-1", "C-1", money("3000.00"), "USD", DAY, null, List.of(),
                money("3000.00")));
        PayRefund small = new PayRefund("RF-1", "C-1", money("1000.00"), "USD", DAY, PaymentMethod.BANK_TRANSFER);
        assertEquals(List.of(new RefundPaid("RF-1", "C-1", money("1000.00"), "USD", DAY, "BANK_TRANSFER")),
                applied(account, account.requestRefund(small, POLICY, "erp-system", DAY)));
        PayRefund big = new PayRefund("RF-2", "C-1", money("1500.00"), "USD", DAY, PaymentMethod.BANK_TRANSFER);
        assertEquals(List.of(new ApprovalRequested("refund-RF-2", "C-1", "REFUND", "RF-2", null, money("1500.00"), "USD",
                DAY, null, null, "BANK_TRANSFER", "erp-system", DAY)), applied(account, account.requestRefund(big, POLICY,
                "erp-system", DAY)));
        // meanwhile another refund takes most of the balance: the approval is refused by the rule, nothing changes
        applied(account, account.requestRefund(new PayRefund("RF-3", "C-1", money("900.00"), "USD", DAY, null), POLICY,
                "erp-system", DAY));
        assertEquals("amount", assertThrows(RuleViolated.class, () -> account.approve("refund-RF-2", "wang.fang", DAY))
                .field());
        assertEquals(1, account.pendingApprovals().size());
        // asking for more than the balance is refused at once, not queued
        assertEquals("amount", assertThrows(RuleViolated.class, () -> account.requestRefund(new PayRefund("RF-4", "C-1",
                money("5000.00"), "USD", DAY, null), POLICY, "erp-system", DAY)).field());
    }

    @Test
    void aWriteOffAboveTheThresholdWaitsAndTheApproverIsTheOneWhoApproved() {
        var account = account(INVOICE);
        WriteOffInvoice writeOff = new WriteOffInvoice("WO-1", "I-1", "C-1", DAY, "insolvent", "zhou.min");
        assertEquals(List.of(new ApprovalRequested("write-off-WO-1", "C-1", "WRITE_OFF", "WO-1", "I-1", money("20000.00"),
                "CNY", DAY, "insolvent", null, null, "zhou.min", DAY)), applied(account, account.requestWriteOff(writeOff,
                POLICY)));
        assertEquals(List.of(new ApprovalGiven("write-off-WO-1", "C-1", "WRITE_OFF", "WO-1", "zhou.min", "wang.fang",
                DAY.plusDays(2)), new InvoiceWrittenOff("WO-1", "I-1", "C-1", money("20000.00"), "CNY", DAY.plusDays(2),
                "insolvent", "wang.fang")), applied(account, account.approve("write-off-WO-1", "wang.fang", DAY.plusDays(2))));

        var small = account(new InvoiceIssued("I-2", "C-1", null, DAY.minusDays(40), DAY.minusDays(10), money("800.00"),
                "CNY"));
        assertEquals(List.of(new InvoiceWrittenOff("WO-2", "I-2", "C-1", money("800.00"), "CNY", DAY, "insolvent",
                "zhou.min")), small.requestWriteOff(new WriteOffInvoice("WO-2", "I-2", "C-1", DAY, "insolvent", "zhou.min"),
                POLICY));
    }

    @Test
    void aSnapshotKeepsTheRequestsThatWait() {
        var account = account(INVOICE);
        applied(account, account.requestCreditNote(note("CN-5", null, "5.00"), POLICY, "erp-system", DAY));
        var restored = ReceivablesAccount.from(account.snapshot(), List.of());
        assertEquals(account.pendingApprovals(), restored.pendingApprovals());
        assertEquals(account.approve("credit-note-CN-5", "wang.fang", DAY), restored.approve("credit-note-CN-5", "wang.fang",
                DAY));
    }
}
