package com.getpaid.kit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.getpaid.events.Json;
import io.quarkus.arc.DefaultBean;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Beans every service shares: the clock rules read time from, and the JSON conventions. */
@ApplicationScoped
public class Infrastructure {

    /** Rules that depend on dates read this clock, so tests and replays can fix "now". */
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** REST speaks the events' JSON: amounts as decimal strings, ISO dates. */
    @Singleton
    static class JsonConventions implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            Json.configure(mapper);
        }
    }
}
