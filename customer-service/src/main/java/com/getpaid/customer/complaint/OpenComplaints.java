package com.getpaid.customer.complaint;

/** The customer's open complaints as the card shows them, read from {@code customer_complaint}. */
public final class OpenComplaints {

    /** The card's open complaints, as JSON, for the customer in {@code customerIdColumn}; null when there is none. */
    public static String json(String customerIdColumn) {
        return "(SELECT json_agg(json_build_object('complaintId', k.complaint_id, 'status', k.status, 'category', k.category, "
                + "'severity', k.severity, 'handler', k.handler, 'loggedAt', k.logged_at) ORDER BY k.logged_at, k.complaint_id)::text "
                + "FROM customer_complaint k WHERE k.customer_id = " + customerIdColumn
                + " AND k.status NOT IN ('CLOSED', 'CLOSED_UNREACHABLE'))";
    }

    private OpenComplaints() {
    }
}
