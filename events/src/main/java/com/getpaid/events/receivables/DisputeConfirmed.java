package com.getpaid.events.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit manager ({@code confirmedBy}, from the token) confirmed a dispute that was awaiting confirmation: its
 * {@code amount} now leaves the exposure that places holds too, not only dunning.
 */
public record DisputeConfirmed(String disputeId, String invoiceId, String customerId, BigDecimal amount, String currency,
        String confirmedBy, LocalDate confirmedOn) implements ReceivableEvent {

    @Override
    public String subject() {
        return invoiceId;
    }
}
