package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's receivables account at a glance, per currency: what is open, how much of it is past
 * due, and the credit balance (overpayments and credit notes beyond what was open), with the open invoices.
 */
public record AccountView(String customerId, List<Balance> balances, List<OpenInvoice> openInvoices) {

    public record Balance(String currency, BigDecimal open, BigDecimal overdue, BigDecimal credit) {
    }

    public record OpenInvoice(String invoiceId, String dueDate, BigDecimal openAmount, String currency) {
    }
}
