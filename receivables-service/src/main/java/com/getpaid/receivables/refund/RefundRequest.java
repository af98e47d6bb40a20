package com.getpaid.receivables.refund;

import com.getpaid.kit.api.Check;
import com.getpaid.receivables.account.PayRefund;
import com.getpaid.receivables.payment.PaymentRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/refunds}, as sent: checked field by field before use. */
public record RefundRequest(
        @Schema(example = "RF-2026-0002") String refundId,
        @Schema(example = "C-1001") String customerId,
        @Schema(example = "400.00") String amount,
        @Schema(example = "CNY") String currency,
        @Schema(example = "2026-11-27") String paidOn,
        @Schema(example = "BANK_TRANSFER") String method) {

    PayRefund validate() {
        Check check = new Check();
        String id = check.id("refundId", refundId);
        String customer = check.id("customerId", customerId);
        Currency cur = check.currency("currency", currency);
        BigDecimal value = check.amount("amount", amount, cur, false);
        LocalDate paid = check.date("paidOn", paidOn, true);
        String how = method == null ? null : check.oneOf("method", method, PaymentRequest.METHODS);
        check.done();
        return new PayRefund(id, customer, value, cur.getCurrencyCode(), paid, how);
    }
}
