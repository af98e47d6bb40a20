package com.getpaid.receivables.invoice;

import com.getpaid.events.Money;
import com.getpaid.receivables.aging.Aging;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An invoice as the ERP and collectors read it: what is still open, since when it is late, and its
 * collection class while anything is open (absent once it is paid); how much of it is disputed (out of
 * dunning and holds until resolved); the step of the dunning ladder
 * it reached, the day of its next reminder or step ({@code nextDunningOn}, absent once paid, written
 * off or at the end of the ladder), and the last day a promise to pay pauses it.
 */
public record InvoiceView(String invoiceId, String customerId, String deliveryRef, LocalDate issueDate, LocalDate dueDate,
        BigDecimal amount, String currency, BigDecimal openAmount, BigDecimal disputedAmount, String status, int daysOverdue, String collectionClass,
        int dunningLevel, String dunningStage, LocalDate nextDunningOn, LocalDate dunningPausedUntil, List<PaymentPart> payments, List<CreditNotePart> creditNotes, List<CreditAppliedPart> creditApplied,
        WriteOff writeOff) {

    /** Part of the customer's credit balance (overpayments, credit notes) applied to this invoice. */
    public record CreditAppliedPart(BigDecimal amount, LocalDate appliedOn) {
    }

    /** The write-off of what was open, while the invoice stays written off. */
    public record WriteOff(String writeOffId, BigDecimal amount, LocalDate writtenOffOn, String reason, String approvedBy) {
    }

    /** A credit note's part applied to this invoice. */
    public record CreditNotePart(String creditNoteId, BigDecimal amount, LocalDate issueDate, String reason) {
    }

    /** A payment's part applied to this invoice. */
    public record PaymentPart(String paymentId, BigDecimal amount, LocalDate receivedOn) {
    }

    /** The view of a projection row and its payments on a day: the one mapping the write and read side share. */
    static InvoiceView of(InvoiceRow row, List<PaymentPart> payments, List<CreditNotePart> creditNotes,
            List<CreditAppliedPart> creditApplied, WriteOff writeOff, LocalDate today) {
        BigDecimal amount = Money.scaled(row.amount, row.currency);
        BigDecimal open = Money.scaled(row.openAmount, row.currency);
        int daysOverdue = row.dueDate != null && open.signum() > 0 && today.isAfter(row.dueDate)
                ? (int) ChronoUnit.DAYS.between(row.dueDate, today) : 0;
        return new InvoiceView(row.invoiceId, row.customerId, row.deliveryRef, row.issueDate, row.dueDate, amount,
                row.currency, open, Money.scaled(row.disputed, row.currency), writeOff != null ? "WRITTEN_OFF" : status(amount, open, row.dueDate, today), daysOverdue,
                writeOff != null ? "WRITTEN_OFF" : open.signum() > 0 ? Aging.collectionClass(daysOverdue) : null,
                row.dunningLevel, row.dunningStage, open.signum() > 0 && writeOff == null ? next(row) : null,
                open.signum() > 0 ? row.pausedUntil : null, payments, creditNotes, creditApplied, writeOff);
    }

    /** The next reminder or step: not before the day after a pause ends. */
    private static LocalDate next(InvoiceRow row) {
        if (row.nextDunningOn == null || row.pausedUntil == null || row.pausedUntil.isBefore(row.nextDunningOn)) {
            return row.nextDunningOn;
        }
        return row.pausedUntil.plusDays(1);
    }

    /**
     * PAID when nothing is open (paid, credited, or both); OVERDUE when open past the due date;
     * PARTIALLY_PAID when some was paid; OPEN otherwise; AWAITING_TERMS while the due date waits for
     * the customer's terms. (A written-off invoice is WRITTEN_OFF before any of these.)
     */
    static String status(BigDecimal amount, BigDecimal open, LocalDate dueDate, LocalDate today) {
        if (open.signum() == 0) {
            return "PAID";
        }
        if (dueDate == null) {
            return "AWAITING_TERMS";
        }
        if (today.isAfter(dueDate)) {
            return "OVERDUE";
        }
        return open.compareTo(amount) < 0 ? "PARTIALLY_PAID" : "OPEN";
    }
}
