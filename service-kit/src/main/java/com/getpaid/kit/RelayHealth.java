package com.getpaid.kit;

import com.getpaid.events.store.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the outbox relay can publish: a failing relay means events pile up unseen. */
@Readiness
@ApplicationScoped
public class RelayHealth implements HealthCheck {

    private final Kernel kernel;

    public RelayHealth(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxRelay relay = kernel.relay();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox-relay");
        if (relay == null) {
            return builder.up().withData("enabled", false).build();
        }
        builder.withData("active", relay.isActive())
                .withData("backlog", relay.backlog())
                .withData("published", relay.publishedCount());
        String error = relay.lastError();
        if (error != null) {
            return builder.down().withData("lastError", error).build();
        }
        return builder.up().build();
    }
}
