package com.getpaid.kit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved by an offset an operator sets ({@code PUT /admin/clock}), for scenario tests that walk the
 * platform through weeks in minutes. Only with {@code getpaid.clock.adjustable=true} in the dev, test or scenario
 * profile; a production start refuses it ({@code Infrastructure}). It keeps running from the moment it is set.
 */
public final class AdjustableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** From now on, "now" is {@code now} and runs on from there. */
    public void set(Instant now) {
        offset.set(Duration.between(Instant.now(), now));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}
