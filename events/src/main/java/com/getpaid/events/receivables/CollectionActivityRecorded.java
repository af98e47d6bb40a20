package com.getpaid.events.receivables;

import java.time.LocalDate;

/**
 * A collector worked an item of the day's worklist ({@code itemId}: customer, currency and day) and says what
 * happened: REACHED, NO_ANSWER, PROMISED, DISPUTED or PAID, with a note.
 */
public record CollectionActivityRecorded(String itemId, String customerId, String currency, LocalDate on, String outcome,
        String note, String recordedBy) implements ReceivableEvent {

    @Override
    public String subject() {
        return customerId;
    }
}
