package com.getpaid.receivables.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a collector's plan for the day (催收计划): a customer's overdue, undisputed and unpromised amount in one
 * currency, what to do about it and why, and its score (the order). {@code settlementDay} is the customer's day of the
 * month for paying suppliers and {@code nextSettlementOn} when it next comes; {@code lastOutcome} what a collector
 * recorded on the item today, if anything.
 */
public record WorklistItem(String itemId, String customerId, String customerName, String collector, String action,
        String reason, BigDecimal score, BigDecimal overdueAmount, String currency, int oldestDaysOverdue, int dunningLevel,
        int brokenPromises, Integer settlementDay, LocalDate nextSettlementOn, List<String> invoiceIds, String lastOutcome,
        String creditGrade) {
}
