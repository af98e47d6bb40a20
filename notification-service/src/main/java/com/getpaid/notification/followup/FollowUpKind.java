package com.getpaid.notification.followup;

/** The kinds of tasks for staff. Named as on the wire ({@code FollowUpScheduled.kind}). */
public enum FollowUpKind {
    /** The last step of the ladder (manager call, visit, lawyer's letter), for the account manager. */
    ESCALATION,
    /** For the new account manager: the handover note, open complaints and overdue invoices. */
    HANDOVER,
    /** For the account manager: the customer's credit review fell due (A 6 months, B 3, C 1). */
    CREDIT_REVIEW,
    /** Call the customer back after the complaint's remedy was carried out ("72小时内回访"). */
    COMPLAINT_CALLBACK,
    /** For the account manager: how are the goods doing, 3 days, 3 weeks, 3 months after a delivery (333). */
    AFTER_SALES_FOLLOW_UP,
    /** For the senior handler: nobody took a complaint within the dispatch time. */
    COMPLAINT_DISPATCH_OVERDUE,
    /** For the account manager: a message to the customer failed for good; reach the customer another way. */
    DELIVERY_FAILED
}
