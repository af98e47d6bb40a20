package com.getpaid.complaint.workflow;

/**
 * Where a complaint stands in its workflow: LOGGED → ASSIGNED → INVESTIGATING → RESOLUTION_PROPOSED → APPROVED →
 * ACCEPTED → CARRIED_OUT → CLOSED (or CLOSED_UNREACHABLE). The names are the ones in the events and the views.
 */
public enum ComplaintStatus {
    LOGGED, ASSIGNED, INVESTIGATING, RESOLUTION_PROPOSED, APPROVED, ACCEPTED, CARRIED_OUT, CLOSED, CLOSED_UNREACHABLE;

    /** Whether the complaint is closed, either way. */
    public boolean closed() {
        return this == CLOSED || this == CLOSED_UNREACHABLE;
    }
}
