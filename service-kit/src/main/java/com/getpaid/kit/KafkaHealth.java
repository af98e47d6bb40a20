package com.getpaid.kit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the Kafka cluster answers. UP either way for readiness: while Kafka is away, writes go
 * on into the outbox and consumers wait, so the service stays in the load balancer and says it is
 * {@code degraded}, with the error.
 */
@Readiness
@ApplicationScoped
public class KafkaHealth implements HealthCheck {

    private final KafkaClients kafka;
    private Admin admin;

    public KafkaHealth(KafkaClients kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("kafka").up().withData("bootstrapServers", kafka.bootstrapServers())
                    .withData("securityProtocol", kafka.securityProtocol()).withData("nodes", nodes).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka").up().withData("bootstrapServers", kafka.bootstrapServers())
                    .withData("securityProtocol", kafka.securityProtocol()).withData("degraded", true)
                    .withData("error", e.toString()).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafka.config("health", Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000)));
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
