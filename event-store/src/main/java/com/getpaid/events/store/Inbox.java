package com.getpaid.events.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The idempotent consumer's memory (table {@code inbox}): an event id is recorded in the same
 * transaction as its effect, so a redelivered event changes nothing.
 */
public final class Inbox {

    /** Records the event as processed; false when it already was (then skip it). */
    public static boolean firstDelivery(Connection c, String eventId, String type, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO inbox (event_id, type, source, processed_at) VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING")) {
            ps.setString(1, eventId);
            ps.setString(2, type);
            ps.setString(3, source);
            return ps.executeUpdate() == 1;
        }
    }

    private Inbox() {
    }
}
