package com.getpaid.complaint.complaint;

import com.getpaid.kit.api.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** The body of {@code POST /api/complaints}, as sent: checked field by field before use. */
public record ComplaintRequest(String customerId, String category, String channel, String description, String recordedBy,
        List<String> invoiceIds, String disputedAmount, String currency) {

    /** 购销合同, 服务, 货物运输, 商品质量. */
    static final Set<String> CATEGORIES = Set.of("CONTRACT", "SERVICE", "SHIPPING", "PRODUCT_QUALITY");
    static final Set<String> CHANNELS = Set.of("PHONE", "FAX", "VISIT", "EMAIL");

    LogComplaint validate() {
        Check check = new Check();
        String customer = check.id("customerId", customerId);
        String cat = check.oneOf("category", category, CATEGORIES);
        String ch = check.oneOf("channel", channel, CHANNELS);
        String what = check.text("description", description, 4000);
        String who = check.text("recordedBy", recordedBy, 200);
        List<String> invoices = new ArrayList<>();
        if (invoiceIds != null) {
            for (int n = 0; n < invoiceIds.size(); n++) {
                invoices.add(check.id("invoiceIds[" + n + "]", invoiceIds.get(n)));
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
