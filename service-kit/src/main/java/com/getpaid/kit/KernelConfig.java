package com.getpaid.kit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The event kernel's settings for one service. */
@ConfigMapping(prefix = "getpaid.kernel")
public interface KernelConfig {

    /** The service's name: CloudEvents source, relay lock and inbox consumer name. */
    String source();

    /** The topic the service publishes its events to. */
    String topic();

    Relay relay();

    Consumer consumer();

    Transactions transactions();

    /** Every transaction's bounds: a wait for a lock or a statement longer than these is cancelled (a 503). */
    interface Transactions {
        @WithDefault("5s")
        Duration lockTimeout();

        @WithDefault("30s")
        Duration statementTimeout();

        /**
         * Commands of one customer in flight at once in an instance, before a connection is taken (they queue on the
         * customer's lock anyway): a burst for one customer then leaves the rest of the pool to the others.
         */
        @WithDefault("8")
        int inFlightPerCustomer();

        /** A projection rebuild replays the whole store in one transaction and waits for every writer to finish. */
        @WithDefault("1m")
        Duration rebuildLockTimeout();

        @WithDefault("30m")
        Duration rebuildStatementTimeout();
    }

    interface Consumer {
        /** How long a consumer waits out a database outage before dead-lettering the event it holds. */
        @WithDefault("10m")
        Duration outagePatience();
    }

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        /** The relay wakes on commit (LISTEN/NOTIFY); it looks anyway this often, should a notification be missed. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();
    }
}
