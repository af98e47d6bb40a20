package com.getpaid.receivables.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement of account (对账单) for a period, per currency: the opening balance (the closing balance
 * of everything before {@code from}), each movement with the running balance, and the closing
 * balance. Balances are what the customer owes net of its credit balance; the closing one is split
 * into {@code openInvoices} and {@code creditBalance} on {@code to}, the figures the account and the
 * aging report show for that day.
 */
public record StatementView(String customerId, LocalDate from, LocalDate to, List<CurrencyStatement> currencies) {

    public record CurrencyStatement(String currency, BigDecimal openingBalance, List<Line> lines, BigDecimal totalDebit,
            BigDecimal totalCredit, BigDecimal closingBalance, BigDecimal openInvoices, BigDecimal creditBalance) {
    }

    /** One movement: {@code invoiceId} is the invoice it concerns, when it concerns one. */
    public record Line(LocalDate date, String type, String reference, String invoiceId, BigDecimal debit, BigDecimal credit,
            BigDecimal balance, String note) {
    }
}
