package com.getpaid.receivables.promise;

import com.getpaid.kit.api.Check;
import com.getpaid.receivables.account.RecordPromise;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/promises}, as sent: checked field by field before use. */
public record PromiseRequest(
        @Schema(example = "PTP-2026-0005") String promiseId,
        @Schema(example = "C-1001") String customerId,
        @Schema(example = "[\"INV-2026-00042\"]") List<String> invoiceIds,
        @Schema(example = "1200.50") String amount,
        @Schema(example = "CNY") String currency,
        @Schema(example = "2026-12-10") String promisedFor,
        @Schema(example = "Li Na (collector)") String recordedBy) {

    static final int MAX_INVOICES = 200;

    RecordPromise validate(LocalDate today) {
        Check check = new Check();
        String id = check.id("promiseId", promiseId);
        String customer = check.id("customerId", customerId);
        List<String> invoices = check.ids("invoiceIds", invoiceIds, MAX_INVOICES);
        if (invoiceIds == null || invoiceIds.isEmpty()) {
            check.fail("invoiceIds", "names no invoice");
        } else if (new LinkedHashSet<>(invoiceIds).size() < invoiceIds.size()) {
            check.fail("invoiceIds", "names an invoice twice");
        }
        Currency cur = check.currency("currency", currency);
        BigDecimal value = cur == null ? null : check.amount("amount", amount, cur, false);
        LocalDate day = check.date("promisedFor", promisedFor, true);
        String by = check.text("recordedBy", recordedBy, 200);
        check.done();
        return new RecordPromise(id, customer, List.copyOf(invoices), value, cur.getCurrencyCode(), day, by, today);
    }
}
