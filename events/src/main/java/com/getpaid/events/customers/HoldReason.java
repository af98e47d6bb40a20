package com.getpaid.events.customers;

/** Why supply is stopped (停止供货), as a stable code and a sentence a person can read. */
public record HoldReason(String code, String message) {
    public static final String OVERDUE_CASH_ON_DELIVERY = "OVERDUE_CASH_ON_DELIVERY";
    public static final String CREDIT_LIMIT_EXCEEDED = "CREDIT_LIMIT_EXCEEDED";
    /** Deliver two, settle one (送二结一): two deliveries are unpaid, the next waits. */
    public static final String UNSETTLED_DELIVERIES = "UNSETTLED_DELIVERIES";
    /** The oldest overdue invoice is older than the grace days of the customer's credit grade (A 30, B 15, C 0). */
    public static final String OVERDUE_BEYOND_GRACE = "OVERDUE_BEYOND_GRACE";
    /** Placed by a person ({@code POST /api/customers/{id}/holds}); lifted only by a person. */
    public static final String MANUAL_HOLD = "MANUAL_HOLD";
    /** Placed by a HIGH risk signal (when the policy says so); lifted only by a manager, with a reason. */
    public static final String RISK_SIGNAL = "RISK_SIGNAL";
}
