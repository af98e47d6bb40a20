package com.getpaid.notification.followup;

/** A task is OPEN, OVERDUE (open and past its due time: shown, not stored) or DONE. */
public enum FollowUpStatus {
    OPEN, OVERDUE, DONE;

    /** The values as a pattern, for the query parameter that filters by status (kept in step by a test). */
    public static final String PATTERN = "OPEN|OVERDUE|DONE";
}
