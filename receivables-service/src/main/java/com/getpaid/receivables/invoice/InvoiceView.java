package com.getpaid.receivables.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An invoice as the ERP and collectors read it: what is still open, and since when it is late. */
public record InvoiceView(String invoiceId, String customerId, String deliveryRef, LocalDate issueDate, LocalDate dueDate,
        BigDecimal amount, String currency, BigDecimal openAmount, String status, int daysOverdue, int dunningLevel,
        List<PaymentPart> payments) {

    /** A payment's part applied to this invoice. */
    public record PaymentPart(String paymentId, BigDecimal amount, LocalDate receivedOn) {
    }

    /**
     * PAID when nothing is open; OVERDUE when open past the due date; PARTIALLY_PAID when some was
     * paid; OPEN otherwise; AWAITING_TERMS while the due date waits for the customer's terms.
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
