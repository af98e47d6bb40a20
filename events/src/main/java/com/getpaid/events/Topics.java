package com.getpaid.events;

import java.util.List;

/** Topic names are part of the wire contract: a Java rename never changes them. */
public final class Topics {
    public static final String CUSTOMERS = "customers.v1";
    public static final String RECEIVABLES = "receivables.v1";
    public static final String COMPLAINTS = "complaints.v1";
    public static final String NOTIFICATIONS = "notifications.v1";

    public static final List<String> ALL = List.of(CUSTOMERS, RECEIVABLES, COMPLAINTS, NOTIFICATIONS);

    /** Where a consumer puts what it cannot process, with the reason in the record's headers. */
    public static String deadLetter(String consumerGroup) {
        return consumerGroup + ".dlq";
    }

    private Topics() {
    }
}
