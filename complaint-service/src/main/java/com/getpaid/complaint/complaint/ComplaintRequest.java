package com.getpaid.complaint.complaint;

import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.kit.api.Check;
import java.math.BigDecimal;
import java.time.LocalDate;
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
        @Schema(example = "CNY") String currency,
        @Schema(example = "Mr Zhang (purchasing)") String contactPerson,
        Product product,
        @Schema(description = "When the customer used the product", example = "2026-11-18") String usedOn,
        @Schema(example = "Twelve of forty housings cracked when mounted") String whatHappened,
        @Schema(description = "What the customer asks for", example = "Replace the cracked housings") String customerWish,
        @Schema(description = "Delivery notes concerned") List<String> deliveryRefs,
        @Schema(enumeration = { "NORMAL", "SERIOUS" }, description = "SERIOUS goes straight to a senior handler; "
                + "NORMAL when absent") String severity) {

    /** The product complained about. */
    public record Product(@Schema(example = "Hinge H-20") String name, @Schema(example = "20 mm, zinc") String specification,
            @Schema(example = "2026-10-03") String productionDate, @Schema(example = "2411") String batchNumber) {
    }

    /** 购销合同, 服务, 货物运输, 商品质量. */
    static final Set<String> CATEGORIES = Set.of("CONTRACT", "SERVICE", "SHIPPING", "PRODUCT_QUALITY");
    /** A complaint concerns at most this many invoices. */
    static final int MAX_INVOICES = 100;

    static final Set<String> CHANNELS = Set.of("PHONE", "FAX", "VISIT", "EMAIL");
    static final Set<String> SEVERITIES = Set.of("NORMAL", "SERIOUS");

    LogComplaint validate() {
        Check check = new Check();
        String customer = check.id("customerId", customerId);
        String cat = check.oneOf("category", category, CATEGORIES);
        String ch = check.oneOf("channel", channel, CHANNELS);
        String what = check.text("description", description, 4000);
        String who = check.text("recordedBy", recordedBy, 200);
        List<String> invoices = check.ids("invoiceIds", invoiceIds, MAX_INVOICES);
        BigDecimal disputed = null;
        String code = null;
        if (disputedAmount != null) {
            Currency cur = check.currency("currency", currency);
            disputed = check.amount("disputedAmount", disputedAmount, cur, false);
            code = cur == null ? null : cur.getCurrencyCode();
        } else if (currency != null) {
            check.fail("disputedAmount", "is required when a currency is given");
        }
        String contact = check.optionalText("contactPerson", contactPerson, 200);
        ComplaintLogged.Product item = null;
        if (product != null) {
            item = new ComplaintLogged.Product(check.text("product.name", product.name(), 200),
                    check.optionalText("product.specification", product.specification(), 200),
                    check.date("product.productionDate", product.productionDate(), false),
                    check.optionalText("product.batchNumber", product.batchNumber(), 100));
        }
        LocalDate used = check.date("usedOn", usedOn, false);
        String happened = check.optionalText("whatHappened", whatHappened, 4000);
        String wish = check.optionalText("customerWish", customerWish, 2000);
        List<String> deliveries = check.ids("deliveryRefs", deliveryRefs, MAX_INVOICES);
        String how = severity == null ? "NORMAL" : check.oneOf("severity", severity, SEVERITIES);
        check.done();
        return new LogComplaint(customer, cat, ch, what, who, List.copyOf(invoices), disputed, code, contact, item, used,
                happened, wish, List.copyOf(deliveries), how);
    }
}
