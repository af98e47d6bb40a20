package com.getpaid.events.store;

/** An event larger than {@link EventStore#MAX_EVENT_BYTES}: the request that made it is refused, nothing is stored. */
public final class EventTooLarge extends RuntimeException {

    public EventTooLarge(String type, String subject, int bytes) {
        super(type + " " + subject + " would be " + bytes / 1024 + " KB, more than the " + EventStore.MAX_EVENT_BYTES / 1024
                + " KB an event may have; split the request");
    }
}
