package com.getpaid.events.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.receivables.InvoiceIssued;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event store, relay and inbox against a real PostgreSQL. */
class KernelTest {

    static EmbeddedPostgres postgres;
    static DataSource db;
    final EventStore store = new EventStore(Projector.NONE, Clock.systemUTC());
    final List<CloudEvent> sent = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
        db = postgres.getPostgresDatabase();
        for (String migration : List.of("V1__kernel.sql", "V1_1__outbox_stuck.sql", "V1_2__outbox_notify.sql",
                "V1_3__caused_by.sql")) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                    var in = KernelTest.class.getResourceAsStream("/db/kernel/" + migration)) {
                s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void empty() throws Exception {
        Jdbc.inTransaction(db, c -> Sql.update(c, "TRUNCATE event_store, inbox"));
    }

    static InvoiceIssued invoice(String id, String customer) {
        return new InvoiceIssued(id, customer, "DN", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                new BigDecimal("10.00"), "CNY");
    }

    OutboxRelay relay() {
        // records what it would send; the services' tests publish through the real broker
        return new OutboxRelay(db, db::getConnection, sent::addAll, "test", 100, Duration.ofMillis(50));
    }

    @Test
    void appendsAreGuardedByTheStreamVersion() {
        Jdbc.inTransaction(db, c -> store.append(c, "s-1", 0, List.of(invoice("I-1", "C-1")), EventStore.Cause.by("kernel test")));
        assertThrows(ConcurrencyConflict.class, () -> Jdbc.inTransaction(db,
                c -> store.append(c, "s-1", 0, List.of(invoice("I-2", "C-1")), EventStore.Cause.by("kernel test"))));
        Jdbc.inTransaction(db, c -> store.append(c, "s-1", 1, List.of(invoice("I-2", "C-1")), EventStore.Cause.by("kernel test")));
        List<StoredEvent> stream = Jdbc.inTransaction(db, c -> store.load(c, "s-1"));
        assertEquals(List.of(1L, 2L), stream.stream().map(StoredEvent::version).toList());
        assertEquals(invoice("I-2", "C-1"), stream.get(1).event());
    }

    @Test
    void theRelayNeverSkipsAnEventThatCommitsLate() throws Exception {
        OutboxRelay relay = relay();
        try (Connection slow = db.getConnection()) {
            slow.setAutoCommit(false);
            store.append(slow, "s-slow", 0, List.of(invoice("I-SLOW", "C-A")), EventStore.Cause.by("kernel test")); // lower position
            Jdbc.inTransaction(db, c -> store.append(c, "s-fast", 0, List.of(invoice("I-FAST", "C-B")), EventStore.Cause.by("kernel test")));
            assertEquals(1, relay.publishBatch());
            slow.commit();
        }
        assertEquals(1, relay.publishBatch());
        assertEquals(0, relay.publishBatch());
        assertEquals(List.of("I-FAST", "I-SLOW"), sent.stream().map(CloudEvent::subject).toList());
        assertEquals(0, relay.backlog());
    }

    @Test
    void theRelayPublishesACustomersEventsInOrderWithTheEnvelope() throws Exception {
        Jdbc.inTransaction(db, c -> store.append(c, "s-1", 0, List.of(invoice("I-1", "C-1"), invoice("I-2", "C-1")),
                new EventStore.Cause("corr-1", "cause-1", "erp-system (erp)")));
        relay().publishBatch();
        assertEquals(List.of("I-1", "I-2"), sent.stream().map(CloudEvent::subject).toList());
        CloudEvent first = sent.get(0);
        assertEquals("InvoiceIssued", first.type());
        assertEquals("C-1", first.key());
        assertEquals("test", first.source());
        assertEquals("corr-1", first.correlationId());
        assertEquals("cause-1", first.causationId());
        assertEquals("erp-system (erp)", first.causedBy());
        var record = KafkaRecords.toRecord(first, "receivables.v1");
        assertEquals("erp-system (erp)", new String(record.headers().lastHeader("ce_causedby").value(), StandardCharsets.UTF_8));
        assertEquals("erp-system (erp)", Jdbc.inTransaction(db, c -> store.load(c, "s-1")).get(0).causedBy());
        assertEquals("InvoiceIssued", new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
        assertEquals("1.0", new String(record.headers().lastHeader("ce_specversion").value(), StandardCharsets.UTF_8));
    }

    @Test
    void anEventIsProcessedOnceHoweverOftenItIsDelivered() {
        assertTrue(Jdbc.<Boolean>inTransaction(db, c -> Inbox.firstDelivery(c, "e-1", "InvoiceIssued", "test")));
        assertFalse(Jdbc.<Boolean>inTransaction(db, c -> Inbox.firstDelivery(c, "e-1", "InvoiceIssued", "test")));
    }

    @Test
    void onlyOneRelayPublishesAtATime() throws Exception {
        OutboxRelay first = relay();
        OutboxRelay second = relay();
        first.start();
        second.start();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> first.isActive() || second.isActive());
            assertFalse(first.isActive() && second.isActive());
        } finally {
            first.close();
            second.close();
        }
    }

    // ---- failure paths (issue 5) ----

    @Test
    void anEventKafkaRefusesIsParkedAndHoldsBackOnlyItsOwnCustomer() throws Exception {
        Jdbc.inTransaction(db, c -> {
            store.append(c, "s-big", 0, List.of(invoice("I-BIG", "C-1"), invoice("I-AFTER", "C-1")), EventStore.Cause.by("kernel test"));
            return store.append(c, "s-other", 0, List.of(invoice("I-OTHER", "C-2")), EventStore.Cause.by("kernel test"));
        });
        OutboxRelay relay = new OutboxRelay(db, db::getConnection, batch -> {
            if (batch.stream().anyMatch(e -> e.subject().equals("I-BIG"))) {
                throw new java.util.concurrent.ExecutionException(
                        new org.apache.kafka.common.errors.RecordTooLargeException("The message is 1900000 bytes"));
            }
            sent.addAll(batch);
        }, "test", 100, Duration.ofMillis(50));

        relay.publishBatch();
        relay.publishBatch();

        assertEquals(List.of("I-OTHER"), sent.stream().map(CloudEvent::subject).toList(),
                "the other customer's event goes on; C-1's later event waits behind the stuck one");
        assertEquals(1, relay.stuckCount());
        assertTrue(relay.stuck().get(0).contains("I-BIG") && relay.stuck().get(0).contains("RecordTooLargeException"),
                relay.stuck().toString());
        assertEquals(2, relay.backlog());
        assertEquals(1, relay.retryStuck());
        assertEquals(0, relay.stuckCount());
    }

    @Test
    void aKafkaOutageKeepsTheLockAndAStoppedRelayGivesItUpAtOnce() throws Exception {
        Jdbc.inTransaction(db, c -> store.append(c, "s-1", 0, List.of(invoice("I-1", "C-1")), EventStore.Cause.by("kernel test")));
        // a lock connection that "goes back to a pool" when closed: the session, and any lock on it, lives on
        Connection pooled = db.getConnection();
        Connection keptOpen = (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { Connection.class }, (proxy, method, args) -> method.getName().equals("close") ? null
                        : method.invoke(pooled, args));
        java.util.concurrent.atomic.AtomicBoolean kafkaUp = new java.util.concurrent.atomic.AtomicBoolean(false);
        OutboxRelay first = new OutboxRelay(db, () -> keptOpen, batch -> {
            if (!kafkaUp.get()) {
                throw new org.apache.kafka.common.errors.TimeoutException("Topic receivables.v1 not present in metadata");
            }
            sent.addAll(batch);
        }, "test", 100, Duration.ofMillis(50));
        OutboxRelay second = relay();
        try {
            first.start();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> first.lastError() != null);
            assertTrue(first.isActive(), "a Kafka outage does not cost the relay its lock");
            first.close();
            second.start();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(second::isActive);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() == 1);
        } finally {
            first.close();
            second.close();
            pooled.close();
        }
    }

    @Test
    void anExhaustedPoolDoesNotCostTheRelayItsLeadership() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean exhausted = new java.util.concurrent.atomic.AtomicBoolean();
        DataSource pool = (DataSource) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && exhausted.get()) {
                        throw new java.sql.SQLException("Sorry, acquisition timeout!", "08001"); // every connection busy
                    }
                    return method.invoke(db, args);
                });
        OutboxRelay relay = new OutboxRelay(pool, db::getConnection, sent::addAll, "test", 100, Duration.ofMillis(50));
        try {
            relay.start();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(relay::isActive);
            exhausted.set(true); // commands hold every pooled connection
            Jdbc.inTransaction(db, c -> store.append(c, "s-1", 0, List.of(invoice("I-1", "C-1")), EventStore.Cause.by("kernel test")));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() == 1);
            assertTrue(relay.isActive(), "still the active relay");
            assertEquals(null, relay.lastError());
        } finally {
            relay.close();
        }
    }

    @Test
    void aStandbyIsHealthyAgainOnceTheDatabaseAnswers() throws Exception {
        try (Connection holder = db.getConnection(); var ps = holder.prepareStatement("SELECT pg_advisory_lock("
                + AdvisoryLocks.OUTBOX_RELAY.key() + ")")) {
            ps.setString(1, "test"); // another instance is the active relay
            ps.execute();
            java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
            OutboxRelay standby = new OutboxRelay(db, () -> {
                if (calls.incrementAndGet() == 1) {
                    throw new java.sql.SQLException("Connection refused", "08001");
                }
                return db.getConnection();
            }, sent::addAll, "test", 100, Duration.ofMillis(50));
            try {
                standby.start();
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> calls.get() >= 2);
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> standby.lastError() == null);
                assertFalse(standby.isActive());
            } finally {
                standby.close();
            }
        }
    }

    @Test
    void readersKeepReadingTheOldReadModelWhileItIsRebuilt() throws Exception {
        Jdbc.inTransaction(db, c -> Sql.update(c, "CREATE TABLE IF NOT EXISTS test_view (invoice_id TEXT PRIMARY KEY)"));
        Jdbc.inTransaction(db, c -> Sql.update(c, "DELETE FROM test_view"));
        java.util.concurrent.CountDownLatch replaying = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch readDone = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean rebuilding = new java.util.concurrent.atomic.AtomicBoolean();
        Projector slow = new Projector() {
            @Override
            public void project(Connection c, StoredEvent e) throws Exception {
                Sql.update(c, "INSERT INTO test_view VALUES (?)", ((InvoiceIssued) e.event()).invoiceId());
                if (rebuilding.get()) {
                    replaying.countDown();
                    readDone.await(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            }

            @Override
            public List<String> tables() {
                return List.of("test_view");
            }
        };
        EventStore projecting = new EventStore(slow, Clock.systemUTC());
        Jdbc.inTransaction(db, c -> projecting.append(c, "s-1", 0, List.of(invoice("I-1", "C-1")), EventStore.Cause.by("kernel test")));
        rebuilding.set(true);
        var rebuild = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Jdbc.inTransaction(db, c -> projecting.rebuild(c, n -> { })));
        assertTrue(replaying.await(10, java.util.concurrent.TimeUnit.SECONDS));
        try {
            long rows = Jdbc.inTransaction(db, c -> {
                Sql.update(c, "SET LOCAL lock_timeout = '1s'");
                return Sql.one(c, "SELECT count(*) FROM test_view", rs -> rs.getLong(1)).orElseThrow();
            });
            assertEquals(1, rows, "the reader sees the old row, without waiting for the rebuild");
        } finally {
            readDone.countDown();
        }
        assertEquals(1L, rebuild.get(10, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void anEventTooLargeForKafkaIsRefusedBeforeItIsStored() {
        String huge = "x".repeat(EventStore.MAX_EVENT_BYTES);
        var tooBig = new InvoiceIssued("I-HUGE", "C-1", huge, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1),
                new BigDecimal("10.00"), "CNY");
        assertThrows(EventTooLarge.class, () -> Jdbc.inTransaction(db,
                c -> store.append(c, "s-huge", 0, List.of(tooBig), EventStore.Cause.by("kernel test"))));
        assertEquals(0, relay().backlog());
    }
}
