package com.getpaid.events.store;

import java.sql.Connection;
import java.util.List;

/**
 * Keeps a service's read models in step with its events, in the transaction that appends them;
 * replaying all stored events through it rebuilds the read models from nothing.
 */
@FunctionalInterface
public interface Projector {
    void project(Connection connection, StoredEvent event) throws Exception;

    /** The read-model tables this projector alone fills from the store: emptied before a rebuild. */
    default List<String> tables() {
        return List.of();
    }

    Projector NONE = (connection, event) -> {
    };
}
