package com.getpaid.notification.message;

/** The kinds of messages and tasks; each has its templates (one per language) or its task wording. */
public final class Kinds {
    /** Dunning level 1 (催款: friendly reminder) to the customer. */
    public static final String OVERDUE_REMINDER = "OVERDUE_REMINDER";
    /** Acknowledgement of a complaint to the customer. */
    public static final String COMPLAINT_ACKNOWLEDGEMENT = "COMPLAINT_ACKNOWLEDGEMENT";
    /** Staff task: call the customer back after a complaint ("72小时内回访"). */
    public static final String COMPLAINT_CALLBACK = "COMPLAINT_CALLBACK";

    private Kinds() {
    }
}
