package com.getpaid.notification.message;

/** The kinds of messages and tasks; each has its templates (one per language) or its task wording. */
public final class Kinds {
    /**
     * A step of the dunning ladder (催款) to the customer; {@code details.stage} picks the letter: FRIENDLY_REMINDER (the
     * default, and what letters queued before stages were named are), FIRM_REMINDER, FINAL_NOTICE.
     */
    public static final String OVERDUE_REMINDER = "OVERDUE_REMINDER";
    /** Before the due date (事前催收): confirm the amount so it is ready on the day. */
    public static final String PRE_DUE_REMINDER = "PRE_DUE_REMINDER";
    /** Staff task: the last step of the ladder (manager call, visit, lawyer's letter), for the account manager. */
    public static final String ESCALATION = "ESCALATION";
    /** To the customer: its account has a new manager, who is now its contact. */
    public static final String HANDOVER_NOTICE = "HANDOVER_NOTICE";
    /** Staff task for the new account manager: the handover note, open complaints and overdue invoices. */
    public static final String HANDOVER = "HANDOVER";
    /** Staff task for the account manager: the customer's credit review fell due (A 6 months, B 3, C 1). */
    public static final String CREDIT_REVIEW = "CREDIT_REVIEW";
    /** To the account manager (staff): supply to a customer stopped on a HIGH risk signal. */
    public static final String RISK_ALERT = "RISK_ALERT";
    /** Acknowledgement of a complaint to the customer. */
    public static final String COMPLAINT_ACKNOWLEDGEMENT = "COMPLAINT_ACKNOWLEDGEMENT";
    /** Staff task: call the customer back after the complaint's remedy was carried out ("72小时内回访"). */
    public static final String COMPLAINT_CALLBACK = "COMPLAINT_CALLBACK";
    /** Staff task for the account manager: how are the goods doing, 3 days, 3 weeks, 3 months after a delivery (333). */
    public static final String AFTER_SALES_FOLLOW_UP = "AFTER_SALES_FOLLOW_UP";
    /** Staff task for the senior handler: nobody took a complaint within the dispatch time. */
    public static final String COMPLAINT_DISPATCH_OVERDUE = "COMPLAINT_DISPATCH_OVERDUE";

    private Kinds() {
    }
}
