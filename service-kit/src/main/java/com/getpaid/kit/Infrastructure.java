package com.getpaid.kit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.getpaid.events.Json;
import io.quarkus.arc.DefaultBean;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Beans every service shares: the clock rules read time from, and the JSON conventions. */
@ApplicationScoped
public class Infrastructure {

    private static final Logger LOG = Logger.getLogger(Infrastructure.class);

    /** The profiles in which the clock may be adjustable: never production's. */
    static final Set<String> ADJUSTABLE_CLOCK_PROFILES = Set.of("dev", "test", "scenario");

    /** Rules that depend on dates read this clock, so tests and replays can fix "now". */
    @Produces
    @DefaultBean
    @Singleton
    Clock clock(@ConfigProperty(name = "getpaid.clock.adjustable", defaultValue = "false") boolean adjustable) {
        if (adjustable) {
            refuseAdjustableClockOutside(activeProfiles());
        }
        return adjustable ? new AdjustableClock() : Clock.systemUTC();
    }

    /**
     * What a moved clock fires (letters, escalations, broken promises) cannot be undone: an adjustable clock stops the
     * start unless a test or scenario profile is active, and says loudly that it is on.
     */
    void checkTheClock(@Observes @Priority(1) StartupEvent start,
            @ConfigProperty(name = "getpaid.clock.adjustable", defaultValue = "false") boolean adjustable) {
        if (adjustable) {
            refuseAdjustableClockOutside(activeProfiles());
            LOG.warnf("THE CLOCK IS ADJUSTABLE (getpaid.clock.adjustable=true, profile %s): PUT /admin/clock moves this "
                    + "service's now, and what falls due fires for real. For tests and scenarios only.", activeProfiles());
        }
    }

    static void refuseAdjustableClockOutside(List<String> profiles) {
        if (profiles.contains("prod") || profiles.stream().noneMatch(ADJUSTABLE_CLOCK_PROFILES::contains)) {
            throw new IllegalStateException("getpaid.clock.adjustable=true is refused in profile " + profiles
                    + ": a moved clock sends letters, escalations and broken promises that cannot be undone. It is for "
                    + "scenario tests only: start with quarkus.profile=scenario (or in dev or test), never in production.");
        }
    }

    private static List<String> activeProfiles() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles();
    }

    /**
     * REST speaks the events' JSON: amounts as decimal strings, ISO dates. Unlike event consumers,
     * which must tolerate fields added later, a request with a field we do not know is refused: a
     * misspelt "duedate" must not silently become "due date from the terms".
     */
    @Singleton
    static class JsonConventions implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            Json.configure(mapper).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
    }
}
