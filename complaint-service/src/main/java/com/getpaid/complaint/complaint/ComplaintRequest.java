package com.getpaid.complaint.complaint;

import com.getpaid.kit.api.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/complaints}, as sent: checked field by field before use. */
public record ComplaintRequest(
        @Schema(example = "C-1001") String customerId,
        @Schema(example = "PRODUCT_QUALITY") String category,
        @Schema(example = "PHONE") String channel,
        @Schema(example = "Batch 2411 arrived with cracked housings") String description,
        @Schema(example = "front desk") String recordedBy,
        List<String> invoiceIds,
        @Schema(example = "400.00") String disputedAmount,
        @Schema(example = "CNY") String currency) {

    /** 购销合同, 服务, 货物运输, 商品质量. */
    static final Set<String> CATEGORIES = Set.of("CONTRACT", "SERVICE", "SHIPPING", "PRODUCT_QUALITY");
    /** A complaint concerns at most this many invoices. */
    static final int MAX_INVOICES = 100;

    static final Set<String> CHANNELS = Set.of("PHONE", "FAX", "VISIT", "EMAIL");

    LogComplaint validate() {
        Check check = new Check();
        String customer = check.id("customerId", customerId);
        String cat = check.oneOf("category", category, CATEGORIES);
        String ch = check.oneOf("channel", channel, CHANNELS);
        String what = check.text("description", description, 4000);
        String who = check.text("recordedBy", recordedBy, 200);
        List<String> invoices = new ArrayList<>();
        List<String> named = check.atMost("invoiceIds", invoiceIds, MAX_INVOICES);
        if (named != null) {
            for (int n = 0; n < named.size(); n++) {
                invoices.add(check.id("invoiceIds[" + n + "]", named.get(n)));
            }
        }
        BigDecimal disputed = null;
        String code = null;
        if (disputedAmount != null) {
            Currency cur = check.currency("currency", currency);
            disputed = check.amount("disputedAmount", disputedAmount, cur, false);
            code = cur == null ? null : cur.getCurrencyCode();
        } else if (currency != null) {
            check.fail("disputedAmount", "is required when a currency is given");
        }
        check.done();
        return new LogComplaint(customer, cat, ch, what, who, List.copyOf(invoices), disputed, code);
    }
}
