package com.getpaid.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.getpaid.events.Topics;
import com.getpaid.local.LocalPlatform;
import com.getpaid.local.TestKafka;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The services on a broker that takes SASL/SCRAM-SHA-512 clients only: the relay publishes, the channels consume, the
 * dead-letter producer and the health check connect, all with the service's credentials; a client without them gets
 * nothing from the broker.
 */
class KafkaSecuritySystemTest extends RunningPlatform {

    @BeforeAll
    static void start() throws Exception {
        start("kafka-sasl", LocalPlatform::withSaslKafka);
    }

    @Test
    void theBrokerRefusesAClientWithoutCredentialsOrWithAWrongPassword() {
        Map<String, Object> anonymous = adminSettings(Map.of());
        assertThrows(ExecutionException.class, () -> nodes(anonymous), "a plaintext client got an answer from the broker");

        Map<String, Object> guessing = adminSettings(platform.kafkaClientSettings());
        guessing.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"platform-tools\" password=\"guessed\";");
        ExecutionException refused = assertThrows(ExecutionException.class, () -> nodes(guessing));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());

        assertEquals(1, assertDoesNotThrow(() -> nodes(adminSettings(platform.kafkaClientSettings()))));
    }

    @Test
    void anInvoiceReachesTheExposureAPoisonRecordIsDeadLetteredAndEveryServiceSeesKafka() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        send("erp", "PUT", url("customer", "/api/customers/C-SASL"), """
                { "name": "Scram Supplies Ltd", "email": "ap@scram.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "50000.00", "currency": "CNY" }""")
                .statusCode(201);
        // receivables' relay publishes, customer-service's channel consumes: both authenticated
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> send("erp", "POST", url("receivables", "/api/invoices"), """
                { "invoiceId": "INV-SASL-1", "customerId": "C-SASL", "issueDate": "%s", "amount": "1200.00",
                  "currency": "CNY" }""".formatted(today)).statusCode(201));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> as("credit-manager")
                .get(url("customer", "/api/customers/C-SASL")).then().body("exposure[0].open", equalTo("1200.00")));

        try (TestKafka kafka = new TestKafka(platform.kafkaClientSettings())) {
            kafka.send(new ProducerRecord<>(Topics.RECEIVABLES, "C-SASL", "{ not an event, sent over SASL"));
            await().atMost(Duration.ofSeconds(60)).until(() -> kafka.readAll(Topics.deadLetter("customer-service")).stream()
                    .anyMatch(r -> r.value().startsWith("{ not an event, sent over SASL")));
        }
        for (String service : LocalPlatform.SERVICES) {
            RestAssured.get(url(service, "/q/health/ready")).then().statusCode(200)
                    .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'kafka' }.data.nodes", equalTo(1))
                    .body("checks.find { it.name == 'kafka' }.data.securityProtocol", equalTo("SASL_PLAINTEXT"));
        }
    }

    private static Map<String, Object> adminSettings(Map<String, Object> client) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return settings;
    }

    private static int nodes(Map<String, Object> settings) throws Exception {
        try (Admin admin = Admin.create(settings)) {
            return admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
        }
    }
}
