package com.getpaid.events.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit assessment (信用评估): the four indicators as given, the customer's own payment record as receivables
 * reported it, each indicator's score (0 poor to 1 good), the weighted score, the grade (A, B, C), a recommended credit
 * limit in the card's currency, and when the next review is due (A 6 months, B 3, C 1). {@code explanation} says how.
 */
public record CreditAssessed(String customerId, String assessmentId, BigDecimal currentRatio, BigDecimal debtToAssets,
        BigDecimal receivablesTurnover, BigDecimal returnOnAssets, PaymentRecord paymentRecord, BigDecimal score,
        String grade, BigDecimal recommendedLimit, String currency, String explanation, String assessedBy,
        LocalDate assessedOn, LocalDate nextReviewDue, Instant assessedAt) implements CustomerEvent {

    /**
     * The customer's own record over the last 12 months: invoices due, those paid (or still open) after their due date,
     * the average days late, promises broken; {@code score} null when there is no record yet.
     */
    public record PaymentRecord(int invoicesDue, int paidLate, BigDecimal averageDaysLate, int brokenPromises,
            BigDecimal score) {
    }
}
