package com.getpaid.kit.security;

import java.util.List;

/**
 * The roles a bearer token carries in its {@code groups} claim, in one place. What each may do is
 * the {@code @RolesAllowed} of each endpoint, listed in the role table of docs/security.md.
 */
public final class Roles {

    /** The seller's ERP: customers, invoices, payments, shipment clearance, and reading what it wrote. */
    public static final String ERP = "erp";
    /** Collections staff: accounts, the worklist, promises to pay, disputes, follow-ups. */
    public static final String COLLECTOR = "collector";
    /** Everything a collector may, plus holds, credit assessments, limits, write-offs, approvals, the audit trail. */
    public static final String CREDIT_MANAGER = "credit-manager";
    /** Customer service: complaints, and the customer card. */
    public static final String SUPPORT = "support";
    /**
     * Team leads of collections and support: sees and acts on every customer and complaint a collector or support
     * person may, where those see only their own (the customers they manage, the complaints assigned to them).
     */
    public static final String SUPERVISOR = "supervisor";
    /** Dashboards: projections, never contact details beyond the customer's name. */
    public static final String VIEWER = "viewer";
    /** Operations ({@code /admin/**}) and nothing else by itself. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(ERP, COLLECTOR, CREDIT_MANAGER, SUPPORT, SUPERVISOR, VIEWER, ADMIN);

    private Roles() {
    }
}
