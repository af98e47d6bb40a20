package com.getpaid.kit.due;

import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/** Does one kind of due work; a CDI bean (@ApplicationScoped) the runner finds by kind(). */
public interface DueWorkHandler {

    /** The kind of work this handler does; one handler per kind in a service. */
    String kind();

    /**
     * Does the item's work inside the runner's transaction for this item (c is that transaction's connection).
     * Returns when the same (kind, key) is due again (a recurring check), or empty when it is done (the row is deleted).
     * Throwing rolls back the work; the runner then records the failure and tries again later with backoff.
     */
    Optional<Instant> handle(Connection c, DueItem item) throws Exception;
}
