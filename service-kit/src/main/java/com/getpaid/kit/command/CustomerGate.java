package com.getpaid.kit.command;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code perCustomer} commands of one customer in flight in this instance, counted before a database
 * connection is taken: the customer's commands run one at a time under its lock anyway, so a burst for one customer
 * (a stuck ERP retrying, a customer held elsewhere) would otherwise park the whole pool on that lock and starve every
 * other customer. Past the bound a command waits up to {@code wait} for its turn, then is refused (a 503). Entries
 * live only while a command of the customer is in flight, so the map stays as small as the work.
 */
public final class CustomerGate {

    /** A customer already has as many commands in flight as the gate lets through, for longer than the wait. */
    public static final class Busy extends RuntimeException {
        public Busy(String customerId, int bound, Duration waited) {
            super("Customer " + customerId + " already has " + bound + " commands in flight here, and none finished within "
                    + waited.toMillis() + " ms (getpaid.kernel.transactions.in-flight-per-customer)");
        }
    }

    private static final class Turns {
        final Semaphore permits;
        int users; // guarded by the map's compute for this key

        Turns(int bound) {
            permits = new Semaphore(bound, true);
        }
    }

    private final ConcurrentHashMap<String, Turns> customers = new ConcurrentHashMap<>();
    private final int perCustomer;
    private final Duration wait;

    public CustomerGate(int perCustomer, Duration wait) {
        if (perCustomer < 1) {
            throw new IllegalArgumentException("getpaid.kernel.transactions.in-flight-per-customer must be at least 1");
        }
        this.perCustomer = perCustomer;
        this.wait = wait;
    }

    /** Runs the work in one of the customer's turns; a null customer (not a customer's command) is not gated. */
    public <T> T through(String customerId, java.util.function.Supplier<T> work) {
        if (customerId == null) {
            return work.get();
        }
        Turns turns = customers.compute(customerId, (id, t) -> {
            Turns mine = t == null ? new Turns(perCustomer) : t;
            mine.users++;
            return mine;
        });
        try {
            boolean entered;
            try {
                entered = turns.permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy(customerId, perCustomer, wait);
            }
            if (!entered) {
                throw new Busy(customerId, perCustomer, wait);
            }
            try {
                return work.get();
            } finally {
                turns.permits.release();
            }
        } finally {
            customers.computeIfPresent(customerId, (id, t) -> --t.users == 0 ? null : t);
        }
    }

    /** Customers with a command in flight or waiting (for the tests and the metrics). */
    public int customersInFlight() {
        return customers.size();
    }
}
