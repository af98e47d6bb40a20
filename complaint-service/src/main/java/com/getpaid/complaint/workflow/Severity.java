package com.getpaid.complaint.workflow;

/** NORMAL, or SERIOUS: straight to the senior handler. */
public enum Severity {
    NORMAL, SERIOUS;

    /** The severity an event names; NORMAL when it names none (complaints logged before severities). */
    public static Severity of(String name) {
        return name == null ? NORMAL : valueOf(name);
    }
}
