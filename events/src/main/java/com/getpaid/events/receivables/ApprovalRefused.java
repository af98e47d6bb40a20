package com.getpaid.events.receivables;

import java.time.LocalDate;

/** The request was refused by {@code refusedBy}, for {@code reason}: no money leaves, and the request is closed. */
public record ApprovalRefused(String approvalId, String customerId, String kind, String reference, String requestedBy,
        String refusedBy, String reason, LocalDate refusedOn) implements ReceivableEvent {

    @Override
    public String subject() {
        return approvalId;
    }
}
