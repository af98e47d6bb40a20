package com.getpaid.events.customers;

import java.time.Instant;
import java.util.List;

/**
 * The account went to another manager (员工调离时客户资料交接), with the handover note and what the new manager must
 * know first: the customer's open complaints and overdue invoices, as customer-service saw them.
 */
public record AccountHandedOver(String customerId, String fromManager, String toManager, String note, String handedOverBy,
        List<String> openComplaints, List<String> overdueInvoices, Instant handedOverAt) implements CustomerEvent {
}
