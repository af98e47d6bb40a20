package com.getpaid.events.store;

/** Another writer appended to the stream since it was loaded; reload and decide again. */
public final class ConcurrencyConflict extends RuntimeException {
    public ConcurrencyConflict(String streamId, long expectedVersion) {
        super("Stream " + streamId + " is no longer at version " + expectedVersion);
    }
}
