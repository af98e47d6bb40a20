package com.getpaid.kit.messaging;

import com.getpaid.events.store.ParkedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The parked keys on readiness. UP while the database answers: the service still serves every other customer, so a
 * parked one must not take it out of the load balancer; it says {@code degraded} and names the keys instead.
 */
@Readiness
@ApplicationScoped
public class ParkedKeysHealth implements HealthCheck {

    static final int NAMED = 20;

    private final EventConsumer consumers;

    public ParkedKeysHealth(EventConsumer consumers) {
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("parked-keys").up();
        List<ParkedKeys.Key> parked;
        try {
            parked = consumers.parked();
        } catch (RuntimeException e) {
            return builder.withData("error", e.toString()).build(); // the datasource check says the database is away
        }
        builder.withData("parked", parked.size()).withData("degraded", !parked.isEmpty());
        if (!parked.isEmpty()) {
            builder.withData("keys", String.join("; ", parked.stream().limit(NAMED).map(k -> k.consumer() + "/" + k.key()
                    + " at " + k.type() + " " + k.eventId() + " (" + k.waiting() + " waiting): " + k.reason()).toList()));
        }
        return builder.build();
    }
}
