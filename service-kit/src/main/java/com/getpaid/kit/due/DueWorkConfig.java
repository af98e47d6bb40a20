package com.getpaid.kit.due;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The due-work runner's settings; the poll interval is read by its {@code @Scheduled} as {@code getpaid.due-work.poll}. */
@ConfigMapping(prefix = "getpaid.due-work")
public interface DueWorkConfig {

    /** How often the runner looks for due items. */
    @WithDefault("1s")
    Duration poll();

    /** At most this many items per look; it stops earlier when nothing more is due. */
    @WithDefault("100")
    int batch();

    /** Failed items wait 1 s, doubling per failure, up to this. Items of a kind nobody handles wait this long. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Off leaves the queue to fill without running it (a service instance that only serves reads, say). */
    @WithDefault("true")
    boolean enabled();
}
