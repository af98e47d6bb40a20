package com.getpaid.kit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** "Today" where the business is (default Asia/Shanghai), read from the clock bean. */
@ApplicationScoped
public class BusinessCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public BusinessCalendar(Clock clock, @ConfigProperty(name = "getpaid.business-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The business day of an instant (when an event from another service happened). */
    public LocalDate dayOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first moment of a business day (a query's "since" day). */
    public java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
