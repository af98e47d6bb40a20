package com.getpaid.receivables.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.PromiseKept;
import com.getpaid.events.receivables.PromiseRecorded;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.DomainError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dunning ladder, reminders before the due date and promises to pay: given events, when the day comes, then events. */
class DunningRulesTest {

    static final DunningLadder LADDER = DunningLadder.DEFAULT;
    static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    static final LocalDate ISSUED = DUE.minusDays(30);

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static ReceivablesAccount account(String... amounts) {
        var account = new ReceivablesAccount();
        for (int n = 0; n < amounts.length; n++) {
            account.apply(new InvoiceIssued("I-" + (n + 1), "C-1", null, ISSUED, DUE, money(amounts[n]), "CNY"));
        }
        return account;
    }

    /** The day's events, applied to the account as the store would. */
    static List<ReceivableEvent> day(ReceivablesAccount account, LocalDate asOf) {
        var events = account.fallDue("C-1", asOf, LADDER);
        events.forEach(account::apply);
        return events;
    }

    static PaymentOverdue overdue(LocalDate asOf, String open, int level, String stage) {
        return new PaymentOverdue("I-1", "C-1", DUE, asOf, (int) java.time.temporal.ChronoUnit.DAYS.between(DUE, asOf),
                money(open), "CNY", level, stage);
    }

    static void pay(ReceivablesAccount account, String id, String amount, LocalDate on) {
        account.receive(new ReceivePayment(id, "C-1", money(amount), "CNY", on, null,
                List.of(new Allocation("I-1", money(amount))))).forEach(account::apply);
    }

    @Test
    void remindersBeforeTheDueDateThenEachStepOfTheLadderOnceWithWhatIsOpenThen() {
        var account = account("1000.00");
        assertEquals(List.of(), day(account, DUE.minusDays(8)));
        assertEquals(List.of(new PaymentDueSoon("I-1", "C-1", DUE, money("1000.00"), "CNY", 7)), day(account, DUE.minusDays(7)));
        assertEquals(List.of(), day(account, DUE.minusDays(6)), "once per reminder day");
        assertEquals(List.of(new PaymentDueSoon("I-1", "C-1", DUE, money("1000.00"), "CNY", 1)), day(account, DUE.minusDays(1)));
        assertEquals(List.of(), day(account, DUE), "nothing on the due date itself");
        assertEquals(List.of(overdue(DUE.plusDays(1), "1000.00", 1, "FRIENDLY_REMINDER")), day(account, DUE.plusDays(1)));
        assertEquals(List.of(), day(account, DUE.plusDays(14)));
        pay(account, "P-1", "400.00", DUE.plusDays(10)); // partially paid: the ladder goes on with what is open
        assertEquals(List.of(overdue(DUE.plusDays(15), "600.00", 2, "FIRM_REMINDER")), day(account, DUE.plusDays(15)));
        assertEquals(List.of(overdue(DUE.plusDays(30), "600.00", 3, "FINAL_NOTICE")), day(account, DUE.plusDays(30)));
        assertEquals(List.of(overdue(DUE.plusDays(60), "600.00", 4, "ESCALATION")), day(account, DUE.plusDays(60)));
        assertEquals(List.of(), day(account, DUE.plusDays(200)), "the ladder ends");
    }

    @Test
    void anInvoiceIssuedThreeDaysBeforeItsDueDateGetsTheSevenDayReminderAtOnceThenTheOneDay() {
        var account = new ReceivablesAccount();
        account.apply(new InvoiceIssued("I-1", "C-1", null, DUE.minusDays(3), DUE, money("50.00"), "CNY"));
        assertEquals(List.of(new PaymentDueSoon("I-1", "C-1", DUE, money("50.00"), "CNY", 7)), day(account, DUE.minusDays(3)));
        assertEquals(List.of(new PaymentDueSoon("I-1", "C-1", DUE, money("50.00"), "CNY", 1)), day(account, DUE.minusDays(1)));
        // and the one the scan missed is not sent late: on the due date nothing, the day after the first step
        var missed = account("70.00");
        assertEquals(List.of(), day(missed, DUE));
        assertEquals(1, day(missed, DUE.plusDays(1)).size());
    }

    @Test
    void aPaidInvoiceGetsNoReminderBeforeOrAfter() {
        var account = account("100.00");
        pay(account, "P-1", "100.00", DUE.minusDays(10));
        assertEquals(List.of(), day(account, DUE.minusDays(7)));
        assertEquals(List.of(), day(account, DUE.plusDays(20)));
    }

    @Test
    void aPromisePausesDunningAndWhenBrokenTheInvoiceGoesToTheLevelItsAgeCallsForSkippingWhatWasMissed() {
        var account = account("1000.00");
        day(account, DUE.plusDays(1)); // friendly reminder
        account.promise(new RecordPromise("PTP-1", "C-1", List.of("I-1"), money("1000.00"), "CNY", DUE.plusDays(32), "Li Na",
                DUE.plusDays(5)), 90).forEach(account::apply);
        assertEquals(List.of(), day(account, DUE.plusDays(15)), "no firm reminder while promised");
        assertEquals(List.of(), day(account, DUE.plusDays(34)), "nor on the days of tolerance");
        pay(account, "P-1", "250.00", DUE.plusDays(33));
        // the day after the tolerance: partially kept, and straight to the final notice (30 days): no firm reminder late
        assertEquals(List.of(new PromiseBroken("PTP-1", "C-1", List.of("I-1"), money("1000.00"), money("250.00"), "CNY",
                DUE.plusDays(32), DUE.plusDays(35), "PARTIALLY_KEPT"), overdue(DUE.plusDays(35), "750.00", 3, "FINAL_NOTICE")),
                day(account, DUE.plusDays(35)));
        assertEquals(List.of(), day(account, DUE.plusDays(36)));
    }

    @Test
    void aPromiseWithNothingPaidIsBrokenAndOnePaidInFullIsKeptByThePaymentItself() {
        var broken = account("300.00");
        broken.promise(new RecordPromise("PTP-1", "C-1", List.of("I-1"), money("300.00"), "CNY", DUE.plusDays(3), "Li Na",
                DUE), 90).forEach(broken::apply);
        assertEquals(List.of(), day(broken, DUE.plusDays(5)));
        assertEquals(new PromiseBroken("PTP-1", "C-1", List.of("I-1"), money("300.00"), BigDecimal.ZERO, "CNY",
                DUE.plusDays(3), DUE.plusDays(6), "BROKEN"), day(broken, DUE.plusDays(6)).get(0));

        var kept = account("300.00", "200.00");
        kept.promise(new RecordPromise("PTP-2", "C-1", List.of("I-2"), money("200.00"), "CNY", DUE.plusDays(10),
                "Li Na", DUE), 90).forEach(kept::apply);
        pay(kept, "P-1", "100.00", DUE.plusDays(2));
        var payment = kept.receive(new ReceivePayment("P-2", "C-1", money("300.00"), "CNY", DUE.plusDays(4), null,
                List.of(new Allocation("I-2", money("200.00")), new Allocation("I-1", money("100.00")))));
        assertEquals(new PromiseKept("PTP-2", "C-1", List.of("I-2"), money("200.00"), money("200.00"), "CNY",
                DUE.plusDays(10), DUE.plusDays(4)), payment.get(payment.size() - 1));
        payment.forEach(kept::apply);
        // kept; what is still open on the invoice it did not name goes on up the ladder
        assertEquals(List.of(overdue(DUE.plusDays(15), "100.00", 2, "FIRM_REMINDER")), day(kept, DUE.plusDays(15)));
    }

    @Test
    void promisesThatCannotBeKeptAreRefused() {
        var account = account("100.00");
        account.apply(new InvoiceIssued("I-USD", "C-1", null, ISSUED, DUE, money("5.00"), "USD"));
        assertEquals("invoiceIds[1]", refused(account, List.of("I-1", "I-9"), "10.00", DUE).field());
        assertEquals("invoiceIds[0]", refused(account, List.of("I-USD"), "1.00", DUE).field());
        assertEquals("amount", refused(account, List.of("I-1"), "100.01", DUE).field());
        assertEquals("promisedFor", refused(account, List.of("I-1"), "100.00", DUE.minusDays(1)).field());
        account.promise(new RecordPromise("PTP-1", "C-1", List.of("I-1"), money("100.00"), "CNY", DUE, "x", DUE), 90)
                .forEach(account::apply);
        assertThrows(AlreadyRecorded.class, () -> account.promise(new RecordPromise("PTP-1", "C-1",
                List.of("I-1"), money("100.00"), "CNY", DUE, "x", DUE), 90));
    }

    @Test
    void aPromiseIsBoundedInTimeAndPausesOnlyWhatItsAmountReaches() {
        var account = account("100.00");
        account.apply(new InvoiceIssued("I-OLD", "C-1", null, ISSUED, DUE.minusDays(10), money("50.00"), "CNY"));
        // 0.01 for ever would pause dunning for ever
        assertEquals("promisedFor", refused(account, List.of("I-1"), "0.01", LocalDate.of(9999, 12, 31)).field());
        assertEquals("promisedFor", refused(account, List.of("I-1"), "100.00", DUE.plusDays(91)).field());
        // pro rata, oldest due first whatever the order named: 0.01 reaches I-OLD only, 60.00 both, 99.99 of I-1 pauses it
        assertEquals(List.of("I-OLD"), pausedBy(account, "PTP-A", List.of("I-1", "I-OLD"), "0.01"));
        assertEquals(List.of("I-OLD", "I-1"), pausedBy(account, "PTP-B", List.of("I-1", "I-OLD"), "60.00"));
        assertEquals(List.of("I-1"), pausedBy(account, "PTP-C", List.of("I-1"), "99.99"));
        account.promise(new RecordPromise("PTP-90", "C-1", List.of("I-1", "I-OLD"), money("150.00"), "CNY",
                DUE.plusDays(90), "x", DUE), 90).forEach(account::apply);
    }

    static List<String> pausedBy(ReceivablesAccount account, String id, List<String> invoices, String amount) {
        return ((PromiseRecorded) account.promise(new RecordPromise(id, "C-1", invoices, money(amount), "CNY", DUE, "x",
                DUE), 90).get(0)).invoiceIds();
    }

    static DomainError refused(ReceivablesAccount account, List<String> invoices, String amount, LocalDate promisedFor) {
        return assertThrows(DomainError.class, () -> account.promise(new RecordPromise("PTP-X", "C-1", invoices, money(amount),
                "CNY", promisedFor, "x", DUE), 90));
    }

    @Test
    void aSnapshotKeepsOpenPromisesAndTheRemindersSent() {
        var account = account("1000.00");
        day(account, DUE.minusDays(7));
        account.promise(new RecordPromise("PTP-1", "C-1", List.of("I-1"), money("1000.00"), "CNY", DUE.plusDays(5), "x",
                DUE.minusDays(3)), 90).forEach(account::apply);
        pay(account, "P-1", "100.00", DUE.minusDays(2));
        var restored = ReceivablesAccount.from(account.snapshot(), List.of());
        for (LocalDate d = DUE.minusDays(6); d.isBefore(DUE.plusDays(40)); d = d.plusDays(1)) {
            assertEquals(account.fallDue("C-1", d, LADDER), restored.fallDue("C-1", d, LADDER), "on " + d);
        }
    }

    @Test
    void aLadderThatDoesNotClimbIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> DunningLadder.parse("15:FIRM,1:FRIENDLY", "7", 2));
        assertThrows(IllegalArgumentException.class, () -> DunningLadder.parse("0:NOW", "7", 2));
        assertThrows(IllegalArgumentException.class, () -> DunningLadder.parse("1:friendly", "7", 2));
        assertEquals(DUE.minusDays(7), LADDER.nextOn(ISSUED, DUE, null, 0));
        assertEquals(DUE.minusDays(1), LADDER.nextOn(ISSUED, DUE, 7, 0));
        assertEquals(DUE.plusDays(1), LADDER.nextOn(ISSUED, DUE, 1, 0));
        assertEquals(DUE.plusDays(15), LADDER.nextOn(ISSUED, DUE, 1, 1));
        assertEquals(null, LADDER.nextOn(ISSUED, DUE, 1, 4));
        assertEquals(DUE.plusDays(1), LADDER.nextOn(DUE, DUE, null, 0), "cash on delivery: no reminder before");
    }
}
