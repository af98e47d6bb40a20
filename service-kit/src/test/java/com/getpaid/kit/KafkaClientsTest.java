package com.getpaid.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every hand-made client gets the channels' connection and security settings, and only those. */
class KafkaClientsTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"receivables-service\" password=\"s3cret\";";

    private static final Map<String, Object> CONNECTION = Map.of(
            "bootstrap.servers", "kafka-1:9094,kafka-2:9094",
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", JAAS,
            "ssl.truststore.location", "/etc/getpaid/kafka-ca.p12",
            "ssl.truststore.password", "changeit");

    /** The {@code kafka.*} settings as Quarkus hands them to the channels ({@code default-kafka-broker}). */
    private static final Map<String, Object> SCRAM_OVER_TLS = with(CONNECTION, Map.of("group.id", "receivables-service",
            "value.serializer", "org.apache.kafka.common.serialization.StringSerializer"));

    private static Map<String, Object> with(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> both = new java.util.HashMap<>(a);
        both.putAll(b);
        return both;
    }

    @Test
    void a_client_gets_where_the_cluster_is_and_how_to_authenticate() {
        Map<String, Object> config = new KafkaClients(SCRAM_OVER_TLS).config("receivables-service-dead-letters",
                Map.of("acks", "all"));

        assertEquals(with(CONNECTION, Map.of("client.id", "receivables-service-dead-letters", "acks", "all")), config);
    }

    @Test
    void the_channels_own_settings_stay_theirs() {
        assertEquals(CONNECTION, new KafkaClients(SCRAM_OVER_TLS).connection());
    }

    @Test
    void a_client_s_own_settings_cannot_turn_authentication_off() {
        Map<String, Object> config = new KafkaClients(SCRAM_OVER_TLS).config("health",
                Map.of("security.protocol", "PLAINTEXT", "request.timeout.ms", 3000));

        assertEquals("SASL_SSL", config.get("security.protocol"));
        assertEquals(3000, config.get("request.timeout.ms"));
    }

    @Test
    void mutual_tls_is_ssl_settings_only() {
        KafkaClients clients = new KafkaClients(Map.of("bootstrap.servers", "kafka:9093", "security.protocol", "SSL",
                "ssl.keystore.location", "/etc/getpaid/receivables.p12", "ssl.keystore.type", "PKCS12",
                "ssl.keystore.password", "changeit"));

        assertEquals(Map.of("bootstrap.servers", "kafka:9093", "security.protocol", "SSL",
                "ssl.keystore.location", "/etc/getpaid/receivables.p12", "ssl.keystore.type", "PKCS12",
                "ssl.keystore.password", "changeit"), clients.connection());
        assertEquals("SSL", clients.securityProtocol());
    }

    @Test
    void plaintext_when_nothing_is_said() {
        KafkaClients clients = new KafkaClients(Map.of("bootstrap.servers", "127.0.0.1:9092", "sasl.jaas.config", ""));

        assertEquals(Map.of("bootstrap.servers", "127.0.0.1:9092"), clients.connection());
        assertEquals("PLAINTEXT", clients.securityProtocol());
    }

    @Test
    void without_bootstrap_servers_the_service_does_not_start() {
        assertThrows(IllegalStateException.class, () -> new KafkaClients(Map.of("security.protocol", "SASL_SSL")));
    }
}
