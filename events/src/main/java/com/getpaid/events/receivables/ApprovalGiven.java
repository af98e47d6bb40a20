package com.getpaid.events.receivables;

import java.time.LocalDate;

/**
 * A second person ({@code approvedBy}, never {@code requestedBy}) approved the request; the credit note, refund or
 * write-off it names ({@code kind}, {@code reference}) follows in the same transaction, once.
 */
public record ApprovalGiven(String approvalId, String customerId, String kind, String reference, String requestedBy,
        String approvedBy, LocalDate approvedOn) implements ReceivableEvent {

    @Override
    public String subject() {
        return approvalId;
    }
}
