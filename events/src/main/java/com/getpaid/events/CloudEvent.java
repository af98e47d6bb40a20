package com.getpaid.events;

import java.time.Instant;

/**
 * The CloudEvents 1.0 envelope, as data: id, type, source, subject and time, the customer id as the
 * key, and the event's JSON. Correlation and causation ids, and who caused the event
 * ({@code causedby}), travel as extension attributes. How it is carried on Kafka (binary mode,
 * {@code ce_*} headers) is the event store's {@code KafkaRecords}.
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time, String key,
        String correlationId, String causationId, String causedBy, String data) {

    public static final String SPEC_VERSION = "1.0";

    public DomainEvent event() {
        return EventCatalog.decode(type, data);
    }
}
