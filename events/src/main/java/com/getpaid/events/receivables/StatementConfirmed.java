package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The customer answered the statement of account for {@code period} (对账确认): either it confirms the
 * closing {@code balances} as they stood when it answered ({@code differences} empty), or it reports
 * the differences it sees. A later answer for the same period supersedes an earlier one.
 */
public record StatementConfirmed(String customerId, String period, LocalDate from, LocalDate to, String confirmedBy,
        LocalDate answeredOn, List<Balance> balances, List<Difference> differences) implements ReceivableEvent {

    /** The closing balance of one currency on {@code to}: what the customer owes, net of its credit balance. */
    public record Balance(String currency, BigDecimal closingBalance) {
    }

    /** A difference the customer reports: the document it concerns (when it names one), the amount, and why. */
    public record Difference(String reference, String currency, BigDecimal amount, String description) {
    }

    /** CONFIRMED, or DIFFERENCES_REPORTED while the customer disagrees. */
    public String status() {
        return differences.isEmpty() ? "CONFIRMED" : "DIFFERENCES_REPORTED";
    }

    @Override
    public String subject() {
        return customerId;
    }
}
