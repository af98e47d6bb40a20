package com.getpaid.notification.message;

/** A message is QUEUED (also while a letter waits for the customer's contact window), then SENT, FAILED or CANCELLED. */
public enum NotificationStatus {
    QUEUED, SENT, FAILED, CANCELLED;

    /** The values as a pattern, for the query parameter that filters by status (kept in step by a test). */
    public static final String PATTERN = "QUEUED|SENT|FAILED|CANCELLED";
}
