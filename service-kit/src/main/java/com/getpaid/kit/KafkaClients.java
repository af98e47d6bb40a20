package com.getpaid.kit;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings every Kafka client the service makes by hand (the relay's producer, the dead-letter producer, the
 * health check's admin client) shares with the SmallRye channels: where the cluster is and how to authenticate
 * (SASL_SSL with SCRAM, or mTLS), from the {@code kafka.*} settings. Read from the {@code default-kafka-broker} map
 * Quarkus makes of them, the one the channels use, so no client can be left plaintext while the others are secured.
 */
@ApplicationScoped
public class KafkaClients {

    /** Connection and security keys; the rest of {@code kafka.*} (a group id, serializers) is the channels' own. */
    private static final Set<String> SHARED = Set.of("bootstrap.servers", "security.protocol", "client.dns.lookup");
    private static final Set<String> SHARED_PREFIXES = Set.of("sasl.", "ssl.");

    private final Map<String, Object> shared;

    @Inject
    public KafkaClients(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.shared = shared(broker);
    }

    /** The connection and security settings of the {@code kafka.*} map, with nothing client-specific. */
    static Map<String, Object> shared(Map<String, Object> broker) {
        Map<String, Object> settings = new HashMap<>();
        broker.forEach((key, value) -> {
            if (value != null && !value.toString().isBlank()
                    && (SHARED.contains(key) || SHARED_PREFIXES.stream().anyMatch(key::startsWith))) {
                settings.put(key, value.toString());
            }
        });
        if (!settings.containsKey("bootstrap.servers")) {
            throw new IllegalStateException("kafka.bootstrap.servers is not set");
        }
        return settings;
    }

    /** A client's configuration: the shared settings, then its own; its own never replace how it authenticates. */
    public Map<String, Object> config(String clientId, Map<String, Object> own) {
        Map<String, Object> config = new HashMap<>(own);
        config.putAll(shared);
        config.put("client.id", clientId);
        return config;
    }

    /** Where the cluster is and how to authenticate, for a client that adds its own settings itself. */
    public Map<String, Object> connection() {
        return Map.copyOf(shared);
    }

    public String bootstrapServers() {
        return shared.get("bootstrap.servers").toString();
    }

    public String securityProtocol() {
        return shared.getOrDefault("security.protocol", "PLAINTEXT").toString();
    }
}
