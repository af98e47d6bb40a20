package com.getpaid.kit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.getpaid.events.Json;
import io.quarkus.arc.DefaultBean;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Beans every service shares: the clock rules read time from, and the JSON conventions. */
@ApplicationScoped
public class Infrastructure {

    /** Rules that depend on dates read this clock, so tests and replays can fix "now". */
    @Produces
    @DefaultBean
    @Singleton
    Clock clock(@ConfigProperty(name = "getpaid.clock.adjustable", defaultValue = "false") boolean adjustable) {
        return adjustable ? new AdjustableClock() : Clock.systemUTC();
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
