package com.getpaid.notification.message;

/** The kinds of messages; each has its templates (one per language). Named as on the wire ({@code NotificationQueued.kind}). */
public enum MessageKind {
    /**
     * A step of the dunning ladder (催款) to the customer; {@code details.stage} picks the letter: FRIENDLY_REMINDER (the
     * default, and what letters queued before stages were named are), FIRM_REMINDER, FINAL_NOTICE.
     */
    OVERDUE_REMINDER,
    /** Before the due date (事前催收): confirm the amount so it is ready on the day. */
    PRE_DUE_REMINDER,
    /** To the customer: its account has a new manager, who is now its contact. */
    HANDOVER_NOTICE,
    /** To the account manager (staff): supply to a customer stopped on a HIGH risk signal. */
    RISK_ALERT,
    /** Acknowledgement of a complaint to the customer. */
    COMPLAINT_ACKNOWLEDGEMENT;

    /** A dunning letter (before or after the due date): it lists invoices and waits for the customer's contact window. */
    public boolean isLetter() {
        return this == OVERDUE_REMINDER || this == PRE_DUE_REMINDER;
    }
}
