package com.getpaid.events.store;

import com.getpaid.events.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** An event as the store keeps it: its place in the stream and in the service's global order. */
public record StoredEvent(long position, UUID eventId, String streamId, long version, String type,
        DomainEvent event, Instant occurredAt, String correlationId, String causationId) {
}
