package com.getpaid.events.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One database transaction around a piece of work: committed when it returns, rolled back when it throws. */
public final class Jdbc {

    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws Exception;
    }

    /**
     * How long a transaction's statements may wait for a lock, and run, before the database cancels them (SQLState
     * 55P03, 57014): a wait that never ends would hold a pooled connection for ever. Zero means no bound.
     */
    public record Timeouts(java.time.Duration lock, java.time.Duration statement) {
        /** For a command or a consumer's batch: seconds, not minutes. */
        public static final Timeouts STANDARD = new Timeouts(java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(30));
    }

    /** Runs the work in one transaction bounded by {@link Timeouts#STANDARD}. */
    public static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        return inTransaction(dataSource, Timeouts.STANDARD, work);
    }

    public static <T> T inTransaction(DataSource dataSource, Timeouts timeouts, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                bound(connection, timeouts);
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(e);
        }
    }

    /** Both settings in one round trip (the commands' hot path); {@code is_local}: they end with the transaction. */
    private static void bound(Connection connection, Timeouts timeouts) throws SQLException {
        try (var ps = connection.prepareStatement(
                "SELECT set_config('lock_timeout', ?, true), set_config('statement_timeout', ?, true)")) {
            ps.setString(1, timeouts.lock().toMillis() + "ms");
            ps.setString(2, timeouts.statement().toMillis() + "ms");
            ps.execute();
        }
    }

    /** True when the database gave up waiting for a lock (lock_timeout) or cancelled a statement (statement_timeout). */
    public static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || "57014".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A database failure the caller cannot fix by changing its input. */
    public static final class StoreException extends RuntimeException {
        public StoreException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Runs the work only if no other instance runs work of that name, holding a session lock on one
     * connection for the whole run (the work makes its own transactions); empty when another holds it.
     * The lock is given back before the connection returns to the pool, or the connection is
     * discarded if that fails, so it never lingers in the pool.
     */
    public static <T> java.util.Optional<T> alone(DataSource dataSource, String name, java.util.function.Supplier<T> work) {
        try (Connection c = dataSource.getConnection()) {
            try (var ps = c.prepareStatement("SELECT pg_try_advisory_lock(" + AdvisoryLocks.JOB.key() + ")")) {
                ps.setString(1, name);
                try (var rs = ps.executeQuery()) {
                    if (!(rs.next() && rs.getBoolean(1))) {
                        return java.util.Optional.empty();
                    }
                }
            }
            try {
                return java.util.Optional.ofNullable(work.get());
            } finally {
                try (var ps = c.prepareStatement("SELECT pg_advisory_unlock(" + AdvisoryLocks.JOB.key() + ")")) {
                    ps.setString(1, name);
                    ps.execute();
                } catch (SQLException e) {
                    c.abort(Runnable::run);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * True when running the work again may succeed: a conflict, deadlock, lost connection, or a unique key taken by a
     * concurrent writer (the retry then sees it). Not a timeout: waiting the bound again and again is what it bounds.
     */
    public static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyConflict) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("40") || state.startsWith("08") || state.equals("23505")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the database refused the data itself (bad value, constraint, SQL error): running the
     * work again would fail again. Other database failures (connection lost, pool exhausted,
     * server restarting) are worth waiting out.
     */
    public static boolean isPermanent(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyConflict) {
                return false;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state != null && (state.startsWith("22") || (state.startsWith("23") && !state.equals("23505"))
                        || state.startsWith("42"));
            }
        }
        return true; // not a database failure: a bug or an event we cannot handle
    }

    private Jdbc() {
    }
}
