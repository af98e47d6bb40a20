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
