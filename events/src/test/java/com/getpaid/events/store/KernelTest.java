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
import java.time.LocalDate;
import java.time.Duration;
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
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                var in = KernelTest.class.getResourceAsStream("/db/kernel/V1__kernel.sql")) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
        return new OutboxRelay(db, sent::addAll, "test", 100, Duration.ofMillis(50));
    }

    @Test
    void appendsAreGuardedByTheStreamVersion() {
        Jdbc.inTransaction(db, c -> store.append(c, "s-1", 0, List.of(invoice("I-1", "C-1")), EventStore.Cause.none()));
        assertThrows(ConcurrencyConflict.class, () -> Jdbc.inTransaction(db,
                c -> store.append(c, "s-1", 0, List.of(invoice("I-2", "C-1")), EventStore.Cause.none())));
        Jdbc.inTransaction(db, c -> store.append(c, "s-1", 1, List.of(invoice("I-2", "C-1")), EventStore.Cause.none()));
        List<StoredEvent> stream = Jdbc.inTransaction(db, c -> store.load(c, "s-1"));
        assertEquals(List.of(1L, 2L), stream.stream().map(StoredEvent::version).toList());
        assertEquals(invoice("I-2", "C-1"), stream.get(1).event());
    }

    @Test
    void theRelayNeverSkipsAnEventThatCommitsLate() throws Exception {
        OutboxRelay relay = relay();
        try (Connection slow = db.getConnection()) {
            slow.setAutoCommit(false);
            store.append(slow, "s-slow", 0, List.of(invoice("I-SLOW", "C-A")), EventStore.Cause.none()); // lower position
            Jdbc.inTransaction(db, c -> store.append(c, "s-fast", 0, List.of(invoice("I-FAST", "C-B")), EventStore.Cause.none()));
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
                new EventStore.Cause("corr-1", "cause-1")));
        relay().publishBatch();
        assertEquals(List.of("I-1", "I-2"), sent.stream().map(CloudEvent::subject).toList());
        CloudEvent first = sent.get(0);
        assertEquals("InvoiceIssued", first.type());
        assertEquals("C-1", first.key());
        assertEquals("test", first.source());
        assertEquals("corr-1", first.correlationId());
        assertEquals("cause-1", first.causationId());
        var record = first.toRecord("receivables.v1");
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
}
