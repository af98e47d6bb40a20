package com.getpaid.kit;

import com.getpaid.events.store.OutboxRelay;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * What the outbox relay is doing. Always UP for readiness: the outbox exists so that ERP writes go
 * on while Kafka is away, so a relay that cannot publish must not take the service out of the load
 * balancer. It says {@code degraded} with the reason, the backlog, and the events that are stuck.
 */
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
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox-relay").up();
        if (relay == null) {
            return builder.withData("enabled", false).build();
        }
        OutboxRelay.Status status = relay.status();
        long stuck = status.stuck();
        String error = relay.lastError();
        long waiting = status.oldestWaitingSeconds();
        builder.withData("active", relay.isActive())
                .withData("backlog", status.backlog())
                .withData("oldestWaitingSeconds", waiting)
                .withData("published", relay.publishedCount())
                .withData("stuck", stuck)
                .withData("degraded", error != null || stuck > 0 || waiting > 10);
        if (error != null) {
            builder.withData("lastError", error);
        }
        if (stuck > 0) {
            builder.withData("stuckEvents", String.join("; ", status.stuckEvents()));
        }
        return builder.build();
    }
}
