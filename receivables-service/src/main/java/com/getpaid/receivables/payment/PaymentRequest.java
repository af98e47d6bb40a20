package com.getpaid.receivables.payment;

import com.getpaid.events.receivables.Allocation;
import com.getpaid.kit.api.Check;
import com.getpaid.receivables.account.ReceivePayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/payments}, as sent: checked field by field before use. */
public record PaymentRequest(
        @Schema(example = "BANK-20261120-0007") String paymentId,
        @Schema(example = "C-1001") String customerId,
        @Schema(example = "1200.50") String amount,
        @Schema(example = "CNY") String currency,
        @Schema(example = "2026-11-20") String receivedOn,
        @Schema(example = "BANK_TRANSFER") String method,
        List<AllocationRequest> allocations) {

    public record AllocationRequest(
            @Schema(example = "INV-2026-00042") String invoiceId,
            @Schema(example = "1200.50") String amount) {
    }

    /** 银行转账, 现金, 支付宝, 微信, 承兑汇票. */
    /** A payment names at most this many invoices (a bank statement line rarely settles more). */
    static final int MAX_ALLOCATIONS = 1000;

    public static final Set<String> METHODS = Set.of("BANK_TRANSFER", "CASH", "ALIPAY", "WECHAT_PAY", "BANK_ACCEPTANCE_BILL");

    ReceivePayment validate() {
        Check check = new Check();
        String id = check.id("paymentId", paymentId);
        String customer = check.id("customerId", customerId);
        Currency cur = check.currency("currency", currency);
        BigDecimal value = check.amount("amount", amount, cur, false);
        LocalDate received = check.date("receivedOn", receivedOn, true);
        String how = method == null ? null : check.oneOf("method", method, METHODS);
        List<Allocation> parts = null;
        List<AllocationRequest> named = check.atMost("allocations", allocations, MAX_ALLOCATIONS);
        if (named != null) {
            parts = new ArrayList<>();
            for (int n = 0; n < named.size(); n++) {
                AllocationRequest a = named.get(n);
                String field = "allocations[" + n + "]";
                if (a == null) {
                    check.fail(field, "is empty");
                    continue;
                }
                String invoice = check.id(field + ".invoiceId", a.invoiceId());
                BigDecimal part = check.amount(field + ".amount", a.amount(), cur, false);
                parts.add(new Allocation(invoice, part));
            }
        }
        check.done();
        return new ReceivePayment(id, customer, value, cur.getCurrencyCode(), received, how, parts);
    }
}
