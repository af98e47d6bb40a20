package com.getpaid.receivables.invoice;

import com.getpaid.kit.api.Check;
import com.getpaid.receivables.account.IssueInvoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/invoices}, as sent: checked field by field before use. */
public record InvoiceRequest(
        @Schema(example = "INV-2026-00042") String invoiceId,
        @Schema(example = "C-1001") String customerId,
        @Schema(example = "DN-7781") String deliveryRef,
        @Schema(example = "2026-11-02") String issueDate,
        @Schema(example = "2026-12-02") String dueDate,
        @Schema(example = "1200.50") String amount,
        @Schema(example = "CNY") String currency) {

    IssueInvoice validate() {
        Check check = new Check();
        String id = check.id("invoiceId", invoiceId);
        String customer = check.id("customerId", customerId);
        String delivery = check.optionalText("deliveryRef", deliveryRef, 64);
        LocalDate issued = check.date("issueDate", issueDate, true);
        LocalDate due = check.date("dueDate", dueDate, false);
        if (issued != null && due != null && due.isBefore(issued)) {
            check.fail("dueDate", due + " is before the issue date " + issued);
        }
        Currency cur = check.currency("currency", currency);
        BigDecimal value = check.amount("amount", amount, cur, false);
        check.done();
        return new IssueInvoice(id, customer, delivery, issued, due, value, cur.getCurrencyCode());
    }
}
