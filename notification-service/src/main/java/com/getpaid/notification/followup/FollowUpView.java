package com.getpaid.notification.followup;

import java.time.Instant;

/**
 * A task for staff: what kind, about what, due when, for whom, and the event that caused it; once done, what came of it.
 * {@code status}: OPEN, OVERDUE (open and past due) or DONE.
 */
public record FollowUpView(String id, String customerId, FollowUpKind kind, String about, Instant dueAt, FollowUpStatus status,
        String answersEventId, String assignee, String outcome, String note, String completedBy, Instant completedAt,
        String brief) {
}
