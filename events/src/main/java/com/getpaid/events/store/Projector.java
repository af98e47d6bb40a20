package com.getpaid.events.store;

import java.sql.Connection;

/**
 * Keeps a service's read models in step with its events, in the transaction that appends them;
 * replaying all stored events through it rebuilds the read models from nothing.
 */
@FunctionalInterface
public interface Projector {
    void project(Connection connection, StoredEvent event) throws Exception;

    Projector NONE = (connection, event) -> {
    };
}
