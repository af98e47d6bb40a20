package com.getpaid.receivables.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.PaymentDueSoon;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.receivables.ReceivableEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * One customer with five invoices through 75 days of the daily scan, as the account decides them: every reminder
 * before the due date and every step of the ladder exactly once, a partial payment that changes the next step's amount,
 * a promise that pauses and is broken, and a dispute that takes one invoice out of dunning.
 */
class SeventyFiveDaysTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void fiveInvoicesThroughSeventyFiveDays() {
        var account = new ReceivablesAccount();
        // five invoices of 1,000.00, due on days 10, 10, 20, 30 and 40
        int[] dueDays = { 10, 10, 20, 30, 40 };
        for (int n = 0; n < dueDays.length; n++) {
            account.apply(new InvoiceIssued("I-" + (n + 1), "C-1", null, START, START.plusDays(dueDays[n]), money("1000.00"),
                    "CNY"));
        }
        Map<String, List<String>> seen = new TreeMap<>();
        for (int day = 0; day <= 75; day++) {
            LocalDate today = START.plusDays(day);
            if (day == 12) { // 400.00 paid on I-1 before its firm reminder
                account.receive(new ReceivePayment("P-1", "C-1", money("400.00"), "CNY", today, null,
                        List.of(new Allocation("I-1", money("400.00"))))).forEach(account::apply);
            }
            if (day == 14) { // I-2 is promised for day 40: paused until day 42 (tolerance 2 days), then broken
                account.promise(new RecordPromise("PTP-1", "C-1", List.of("I-2"), money("1000.00"), "CNY", START.plusDays(40),
                        "Li Na", today), 90).forEach(account::apply);
            }
            if (day == 16) { // a complaint disputes all of I-3, before it is due
                account.disputesOf("CMP-1", "C-1", List.of("I-3"), money("1000.00"), "CNY", "cracked", "desk", today,
                        DisputeRulesTest.POLICY)
                        .forEach(account::apply);
            }
            List<ReceivableEvent> events = account.fallDue("C-1", today, DunningLadder.DEFAULT);
            events.forEach(account::apply);
            for (ReceivableEvent e : events) {
                String what = e instanceof PaymentDueSoon p ? "due-in-" + p.daysBefore() + " " + p.openAmount()
                        : e instanceof PaymentOverdue o ? o.stage() + " " + o.openAmount()
                        : e instanceof PromiseBroken b ? "promise " + b.outcome() : e.getClass().getSimpleName();
                seen.computeIfAbsent(e.subject(), k -> new ArrayList<>()).add("day " + day + ": " + what);
            }
        }
        assertEquals(List.of("day 3: due-in-7 1000.00", "day 9: due-in-1 1000.00", "day 11: FRIENDLY_REMINDER 1000.00",
                "day 25: FIRM_REMINDER 600.00", "day 40: FINAL_NOTICE 600.00", "day 70: ESCALATION 600.00"), seen.get("I-1"));
        assertEquals(List.of("day 3: due-in-7 1000.00", "day 9: due-in-1 1000.00", "day 11: FRIENDLY_REMINDER 1000.00",
                "day 43: FINAL_NOTICE 1000.00", "day 70: ESCALATION 1000.00"), seen.get("I-2"),
                "paused from day 14 to day 42: the firm reminder (day 25) is skipped, not sent late; on day 43 the promise "
                        + "is broken and the step its age (33 days) calls for follows");
        assertEquals(List.of("day 13: due-in-7 1000.00"), seen.get("I-3"), "disputed from day 16: nothing more");
        assertEquals(List.of("day 23: due-in-7 1000.00", "day 29: due-in-1 1000.00", "day 31: FRIENDLY_REMINDER 1000.00",
                "day 45: FIRM_REMINDER 1000.00", "day 60: FINAL_NOTICE 1000.00"), seen.get("I-4"));
        assertEquals(List.of("day 33: due-in-7 1000.00", "day 39: due-in-1 1000.00", "day 41: FRIENDLY_REMINDER 1000.00",
                "day 55: FIRM_REMINDER 1000.00", "day 70: FINAL_NOTICE 1000.00"), seen.get("I-5"));
        assertEquals(List.of("day 43: promise BROKEN"), seen.get("C-1"));
        assertEquals(money("1000.00"), account.invoice("I-3").orElseThrow().disputed());
    }
}
