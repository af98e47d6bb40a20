package com.getpaid.events.customers;

import java.time.LocalDate;

/** The customer's credit review fell due (A every 6 months, B every 3, C every month): a task for a person. */
public record CreditReviewDue(String customerId, String assessmentId, String grade, LocalDate dueOn) implements CustomerEvent {
}
