package com.getpaid.events.store;

/**
 * Every purpose a PostgreSQL advisory lock serves, each in its own key space: the lock is always the two-int form
 * {@code (purpose, hashtext(key))}, so a customer can never share a lock with a request key, a due item or a job
 * whose text happens to hash alike. Every advisory lock of the platform is taken through here.
 */
public enum AdvisoryLocks {
    /** One customer's appends: serialised, so positions follow commit order. */
    CUSTOMER(1),
    /** One idempotent request key in flight ({@code IdempotentRequests}). */
    REQUEST(2),
    /** One due item claimed by a runner ({@code kind:key}). */
    DUE_WORK(3),
    /** A job that runs on one instance at a time ({@code Jdbc#alone}). */
    JOB(4),
    /** The active outbox relay of a service (its source). */
    OUTBOX_RELAY(5),
    /** Writers share it, a projection rebuild takes it alone (no key: one per database). */
    REBUILD(6);

    private final int purpose;

    AdvisoryLocks(int purpose) {
        this.purpose = purpose;
    }

    /** The arguments of a lock function for one key of this purpose, the key a text parameter: {@code 1, hashtext(?)}. */
    public String key() {
        return purpose + ", hashtext(?)";
    }

    /** The statement that waits for one key's lock until the transaction ends (the key its parameter). */
    public String xactLock() {
        return "SELECT pg_advisory_xact_lock(" + key() + ")";
    }

    /** The arguments for the purpose's single lock, for purposes without keys: {@code 6, 0}. */
    public String whole() {
        return purpose + ", 0";
    }
}
