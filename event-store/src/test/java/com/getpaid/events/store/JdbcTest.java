package com.getpaid.events.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are waited out and which are final. */
class JdbcTest {

    @Test
    void anOutageIsWaitedOutButRefusedDataIsNot() {
        assertFalse(Jdbc.isPermanent(new Jdbc.StoreException(new SQLException("connection refused", "08001"))));
        assertFalse(Jdbc.isPermanent(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(Jdbc.isPermanent(new ConcurrencyConflict("s", 1)));
        assertTrue(Jdbc.isPermanent(new SQLException("numeric field overflow", "22003")));
        assertTrue(Jdbc.isPermanent(new SQLException("null value in column", "23502")));
        assertTrue(Jdbc.isPermanent(new IllegalStateException("a bug")));
        assertTrue(Jdbc.isTransient(new SQLException("deadlock", "40P01")));
        assertTrue(Jdbc.isTransient(new ConcurrencyConflict("s", 1)));
        assertFalse(Jdbc.isTransient(new SQLException("syntax", "42601")));
    }
}
