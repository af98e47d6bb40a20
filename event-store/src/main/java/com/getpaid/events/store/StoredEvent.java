package com.getpaid.events.store;

import com.getpaid.events.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as the store keeps it: its place in the stream and in the service's global order, and
 * who caused it ({@code causedBy}: a person with their roles, or the consumer or job that did).
 */
public record StoredEvent(long position, UUID eventId, String streamId, long version, String type,
        DomainEvent event, Instant occurredAt, String correlationId, String causationId, String causedBy) {
}
