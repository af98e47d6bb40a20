package com.getpaid.customer.exposure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Exposure (风险敞口): what the customer owes us, per currency, and which invoices are overdue,
 * as the receivables events told us. A confirmed disputed amount is out of {@code open} and {@code overdue}
 * (the figures holds are decided on) until the dispute is resolved, and shown as {@code disputed}.
 */
public record Exposure(Map<String, Totals> byCurrency, List<OverdueInvoice> overdue, List<String> unpaid) {

    /** {@code unpaid}: the invoices (deliveries) with something open and not disputed, oldest due first. */
    public Exposure(Map<String, Totals> byCurrency, List<OverdueInvoice> overdue) {
        this(byCurrency, overdue, List.of());
    }

    public record Totals(BigDecimal open, BigDecimal overdue, BigDecimal disputed) {
    }

    public record OverdueInvoice(String invoiceId, LocalDate dueDate, BigDecimal openAmount, String currency) {
    }

    public BigDecimal open(String currency, BigDecimal zero) {
        Totals t = byCurrency.get(currency);
        return t == null ? zero : t.open();
    }
}
