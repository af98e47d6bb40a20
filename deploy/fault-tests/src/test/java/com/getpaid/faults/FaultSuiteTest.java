package com.getpaid.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.Topics;
import com.getpaid.local.LocalPlatform;
import com.getpaid.local.MailServer;
import com.getpaid.local.TestKafka;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole platform as processes (Kafka, PostgreSQL, SMTP, the four services) under a steady load
 * of invoices, payments and complaints, with one fault after another injected. After each, the load
 * pauses, the platform is given time to catch up, and {@link Invariants} are checked: the test fails
 * naming the invariant that broke.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    static final Duration CATCH_UP = Duration.ofSeconds(240);
    static LocalPlatform platform;
    static Load load;
    static Invariants invariants;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path repoRoot = Path.of("../..").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "faults-");
        LocalPlatform.Settings settings = LocalPlatform.Settings.randomPorts(data, repoRoot);
        platform = new LocalPlatform(settings);
        for (String service : LocalPlatform.SERVICES) {
            // a killed consumer's partitions move on after 10 s instead of 45 s: the suite waits less
            platform.configure(service, "mp.messaging.connector.smallrye-kafka.session.timeout.ms", "10000");
        }
        platform.configure("notification", "notification.sender.first-retry", "1s")
                .configure("notification", "notification.sender.max-backoff", "4s")
                .configure("notification", "notification.sender.claim-timeout", "30s")
                .configure("receivables", "receivables.snapshot-every", "5"); // most commands load from a snapshot
        platform.startInfrastructure().startServices();
        invariants = new Invariants(platform, settings.postgresPort());
        for (int n = 0; n < Load.CUSTOMERS.size(); n++) {
            String id = Load.CUSTOMERS.get(n);
            int status = put(platform.url("customer") + "/api/customers/" + id, """
                    { "name": "Buyer %s", "email": "%s@buyer.example", "preferredLanguage": "%s",
                      "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "50000.00", "currency": "CNY" }"""
                    .formatted(id, id.toLowerCase(), n % 2 == 0 ? "zh-CN" : "en"));
            assertEquals(201, status, "registering " + id);
        }
        load = new Load(platform).start();
        log("platform up, load running");
    }

    @AfterAll
    static void stop() {
        if (load != null) {
            load.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void killMinusNineOfEachServiceAndRestart() throws Exception {
        for (String service : LocalPlatform.SERVICES) {
            underLoad(20);
            log("kill -9 " + service);
            platform.kill(service); // requests to it get no answer meanwhile and are sent again
            platform.restart(service);
            log(service + " restarted");
        }
        underLoad(20);
        invariants.allowCopiesOfWhatWasInFlight(); // at least once across a crash: a copy has the same Message-ID
        checkInvariants("after kill -9 of each service");
    }

    @Test
    @Order(2)
    void brokerStoppedAndRestarted() throws Exception {
        underLoad(20);
        log("stopping Kafka");
        platform.stopKafka();
        int before = load.acceptedCount();
        await("writes go on while Kafka is away").atMost(Duration.ofSeconds(60))
                .until(() -> load.acceptedCount() >= before + 40);
        for (String service : LocalPlatform.SERVICES) {
            assertEquals(200, get(platform.url(service) + "/q/health/ready").statusCode(),
                    service + " stays ready for writes while Kafka is away");
        }
        assertTrue(get(platform.url("receivables") + "/q/health/ready").body().contains("\"degraded\": true"),
                "readiness says what is degraded");
        platform.startKafka();
        log("Kafka back");
        underLoad(20);
        checkInvariants("after the broker was stopped and restarted");
    }

    @Test
    @Order(3)
    void postgresStoppedLongerThanAMinuteWithARecordInFlight() throws Exception {
        underLoad(20);
        log("stopping PostgreSQL");
        platform.stopPostgres();
        // a record every consumer must handle while the database is away: they wait for it (with
        // backoff) longer than SmallRye's default 60 s check for unprocessed records
        try (TestKafka kafka = new TestKafka(platform.kafkaClientSettings())) {
            var sample = kafka.readAll(Topics.RECEIVABLES).get(0);
            kafka.send(new ProducerRecord<>(sample.topic(), null, sample.key(), sample.value(), sample.headers()));
            var card = kafka.readAll(Topics.CUSTOMERS).get(0);
            kafka.send(new ProducerRecord<>(card.topic(), null, card.key(), card.value(), card.headers()));
        }
        Instant down = Instant.now();
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url("receivables") + "/api/invoices")).header("Authorization", platform.bearer())
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        { "invoiceId": "INV-WHILE-DB-DOWN", "customerId": "C-F00", "issueDate": "%s",
                          "dueDate": "2099-12-31", "amount": "10.00", "currency": "CNY" }""".formatted(Load.today())))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, refused.statusCode(), "a write without the database is refused, to be sent again: " + refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "503 says when to try again");
        await("the outage lasts 75 s; the services stay alive meanwhile").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(5)).until(() -> {
                    for (String service : LocalPlatform.SERVICES) {
                        assertEquals(200, get(platform.url(service) + "/q/health/live").statusCode(), service + " alive");
                    }
                    return Duration.between(down, Instant.now()).toSeconds() >= 75;
                });
        platform.startPostgres();
        log("PostgreSQL back after " + Duration.between(down, Instant.now()).toSeconds() + " s");
        underLoad(30);
        for (String service : LocalPlatform.SERVICES) {
            String live = get(platform.url(service) + "/q/health/live").body();
            assertTrue(!live.contains("\"DOWN\""), service + "'s Kafka channels survived the outage: " + live);
        }
        checkInvariants("after PostgreSQL was stopped for over a minute");
    }

    @Test
    @Order(4)
    void mailServerRefusingForAWhile() throws Exception {
        underLoad(10);
        log("stopping the mail server");
        platform.stopMail();
        await("reminders fail and are retried with backoff").atMost(Duration.ofSeconds(120))
                .until(() -> invariants.failedDeliveryAttempts() >= 2);
        platform.startMail();
        log("mail server back");
        underLoad(20);
        checkInvariants("after the mail server refused for a while");
    }

    @Test
    @Order(5)
    void aBatchDeliveredTwice() throws Exception {
        underLoad(10);
        try (TestKafka kafka = new TestKafka(platform.kafkaClientSettings())) {
            for (String topic : List.of(Topics.CUSTOMERS, Topics.RECEIVABLES, Topics.COMPLAINTS)) {
                var records = kafka.readAll(topic);
                for (var r : records.subList(0, Math.min(300, records.size()))) {
                    kafka.send(new ProducerRecord<>(r.topic(), null, r.key(), r.value(), r.headers()));
                }
                log("delivered " + Math.min(300, records.size()) + " records of " + topic + " again");
            }
        }
        underLoad(20);
        checkInvariants("after a batch was delivered twice");
    }

    @Test
    @Order(6)
    void aPoisonRecordOnEachTopic() throws Exception {
        try (TestKafka kafka = new TestKafka(platform.kafkaClientSettings())) {
            for (String topic : List.of(Topics.CUSTOMERS, Topics.RECEIVABLES, Topics.COMPLAINTS)) {
                kafka.send(new ProducerRecord<>(topic, "C-F00", "{ this is not an event"));
            }
            underLoad(20);
            checkInvariants("after a poison record on each topic");
            for (String service : List.of("customer", "receivables", "notification")) {
                var dead = kafka.readAll(Topics.deadLetter(service + "-service"));
                assertTrue(dead.stream().anyMatch(r -> r.value().startsWith("{ this is not")),
                        service + "-service dead-lettered the poison record");
            }
        }
    }

    @Test
    @Order(7)
    void rebuildingProjectionsGivesTheSameAnswers() throws Exception {
        load.pause();
        invariants.awaitCaughtUp(CATCH_UP);
        for (String service : LocalPlatform.SERVICES) {
            // the services' own jobs (the overdue scan applying credit, a watch) may still append an event after the load
            // stopped: a comparison counts only when the store did not move between the two digests
            for (int attempt = 1; ; attempt++) {
                long position = invariants.lastPosition(service);
                Map<String, String> before = invariants.projectionDigests(service);
                HttpResponse<String> rebuilt = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url(service)
                        + "/admin/projections/rebuild")).header("Authorization", platform.bearer())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, rebuilt.statusCode(), rebuilt.body());
                Map<String, String> after = invariants.projectionDigests(service);
                if (invariants.lastPosition(service) != position && attempt < 5) {
                    log(service + ": events were appended during the rebuild; comparing again");
                    continue;
                }
                assertEquals(before, after, service + ": rebuilt read models differ");
                log(service + " rebuilt: " + rebuilt.body());
                break;
            }
        }
        Map<String, Long> stages = invariants.stages();
        assertEquals(Set.of("FRIENDLY_REMINDER", "FIRM_REMINDER", "FINAL_NOTICE", "ESCALATION"), stages.keySet(),
                "every step of the ladder happened during the suite: " + stages);
        log("accepted " + load.accepted("invoice").size() + " invoices, " + load.accepted("payment").size() + " payments, "
                + load.accepted("complaint").size() + " complaints; " + load.retries() + " requests sent again");
    }

    // ---- helpers ----

    /** Lets the load run until {@code writes} more writes were accepted. */
    static void underLoad(int writes) {
        int target = load.acceptedCount() + writes;
        await().atMost(CATCH_UP).until(() -> load.acceptedCount() >= target);
    }

    static void checkInvariants(String when) throws Exception {
        load.pause();
        try {
            assertNull(load.unexpected(), "the load got an answer it did not expect");
            invariants.awaitCaughtUp(CATCH_UP);
            invariants.check(load, when);
            log("invariants hold " + when);
        } finally {
            load.resume();
        }
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", platform.bearer()).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static int put(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", platform.bearer()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    static void log(String what) {
        System.out.println("[fault suite " + Instant.now() + "] " + what);
    }
}
