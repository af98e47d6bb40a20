package com.getpaid.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.EventCatalog;
import com.getpaid.events.Topics;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.store.Jdbc;
import com.getpaid.events.store.KafkaRecords;
import com.getpaid.events.store.ParkedKeys;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.domain.NotFound;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Poison parks the customer, not the record: a consumer's park, behind, retry and skip against a real PostgreSQL with
 * the kernel's migrations, a handler that refuses the invoices the test names.
 */
class TopicConsumerTest {

    static final String TOPIC = Topics.RECEIVABLES;
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final List<String> KERNEL = List.of("V1__kernel.sql", "V1_1__outbox_stuck.sql", "V1_2__outbox_notify.sql",
            "V1_3__caused_by.sql", "V1_4__parked_keys.sql");

    static EmbeddedPostgres postgres;
    static DataSource db;

    final Set<String> refused = ConcurrentHashMap.newKeySet();
    final List<ConsumerRecord<String, String>> deadLetters = new CopyOnWriteArrayList<>();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AtomicLong offset = new AtomicLong();
    final TopicConsumer consumer = new TopicConsumer(TOPIC, this::apply, new TopicConsumer.Transactions() {
        @Override
        public <T> T patiently(Jdbc.Work<T> work, String what) {
            return tx(work);
        }

        @Override
        public <T> T transact(Jdbc.Work<T> work) {
            return tx(work);
        }
    }, (record, reason) -> deadLetters.add(record), registry, Clock.fixed(T0, ZoneOffset.UTC));

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
        db = postgres.getPostgresDatabase();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String file : KERNEL) {
                try (InputStream in = TopicConsumerTest.class.getResourceAsStream("/db/kernel/" + file)) {
                    s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            s.execute("CREATE TABLE applied (seq BIGSERIAL PRIMARY KEY, customer TEXT, invoice TEXT)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void empty() {
        tx(c -> Sql.update(c, "TRUNCATE applied, inbox, parked_key, parked_record, parked_skip"));
    }

    static <T> T tx(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(db, work);
    }

    /** The handler: records each invoice it applies; refuses those the test names (the cause an operator mends). */
    void apply(Connection c, List<TopicConsumer.Readable> records) throws Exception {
        for (TopicConsumer.Readable r : records) {
            InvoiceIssued invoice = (InvoiceIssued) r.event();
            if (refused.contains(invoice.invoiceId())) {
                throw new IllegalStateException("the ledger refuses " + invoice.invoiceId());
            }
            Sql.update(c, "INSERT INTO applied (customer, invoice) VALUES (?, ?)", invoice.customerId(), invoice.invoiceId());
        }
    }

    ConsumerRecord<String, String> invoice(String customer, String invoiceId) {
        InvoiceIssued event = new InvoiceIssued(invoiceId, customer, "DN-" + invoiceId, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 1), new BigDecimal("100.00"), "CNY");
        return record(new CloudEvent(UUID.randomUUID().toString(), EventCatalog.typeOf(event), "receivables-service",
                invoiceId, T0, customer, null, null, "erp-system (erp)", EventCatalog.encode(event)));
    }

    ConsumerRecord<String, String> record(CloudEvent envelope) {
        ProducerRecord<String, String> sent = KafkaRecords.toRecord(envelope, TOPIC);
        ConsumerRecord<String, String> read = new ConsumerRecord<>(TOPIC, 0, offset.getAndIncrement(), sent.key(),
                sent.value());
        sent.headers().forEach(h -> read.headers().add(h));
        return read;
    }

    static List<String> applied(String customer) {
        return tx(c -> Sql.list(c, "SELECT invoice FROM applied WHERE customer = ? ORDER BY seq", rs -> rs.getString(1),
                customer));
    }

    static List<String> waiting(String customer) {
        return tx(c -> ParkedKeys.queue(c, TOPIC, customer)).stream().map(p -> p.envelope().subject()).toList();
    }

    static List<ParkedKeys.Key> parked() {
        return tx(ParkedKeys::all);
    }

    /** A-1 applied, A-2 refused, B-1 applied, A-3 behind A-2. */
    List<ConsumerRecord<String, String>> poisonForA() {
        refused.add("A-2");
        List<ConsumerRecord<String, String>> poll = List.of(invoice("C-A", "A-1"), invoice("C-A", "A-2"),
                invoice("C-B", "B-1"), invoice("C-A", "A-3"));
        consumer.consume(poll);
        return poll;
    }

    @Test
    void aRecordThatFailsForGoodParksItsKeyAndTheKeysLaterRecordsWaitWhileOthersFlow() {
        List<ConsumerRecord<String, String>> poll = poisonForA();

        assertEquals(List.of("A-1"), applied("C-A"));
        assertEquals(List.of("B-1"), applied("C-B"));
        assertEquals(List.of("A-2", "A-3"), waiting("C-A"));
        ParkedKeys.Key a = parked().get(0);
        assertEquals(1, parked().size());
        assertEquals(List.of(TOPIC, "C-A", "InvoiceIssued", 1L, 1, 2L, T0), List.of(a.consumer(), a.key(), a.type(),
                a.firstOffset(), a.attempts(), a.waiting(), a.parkedAt()));
        assertEquals("IllegalStateException: the ledger refuses A-2", a.reason());
        assertEquals(List.of(), deadLetters);

        // a later poll: the other customer flows, A's record waits behind; a redelivery of it all changes nothing
        consumer.consume(List.of(invoice("C-A", "A-4"), invoice("C-B", "B-2")));
        consumer.consume(poll);
        assertEquals(List.of("B-1", "B-2"), applied("C-B"));
        assertEquals(List.of("A-1"), applied("C-A"));
        assertEquals(List.of("A-2", "A-3", "A-4"), waiting("C-A"));
        assertEquals(List.of(), deadLetters);
    }

    @Test
    void aRetryAfterTheCauseIsMendedAppliesTheParkedRecordsInOrderAndUnparks() {
        poisonForA();
        consumer.consume(List.of(invoice("C-A", "A-4")));
        refused.clear();

        TopicConsumer.Retried retried = consumer.retry("C-A", "ops (admin)");

        assertEquals(new TopicConsumer.Retried(TOPIC, "C-A", null, 3, false, null), retried);
        assertEquals(List.of("A-1", "A-2", "A-3", "A-4"), applied("C-A"));
        assertEquals(List.of(), parked());
        assertEquals(List.of(), waiting("C-A"));
        consumer.consume(List.of(invoice("C-A", "A-5")));
        assertEquals(List.of("A-1", "A-2", "A-3", "A-4", "A-5"), applied("C-A"));
    }

    @Test
    void aRetryStopsAtTheFirstRecordThatStillFailsAndKeepsTheKeyParkedThereWithTheNewReason() {
        poisonForA();
        refused.remove("A-2");
        refused.add("A-3");

        TopicConsumer.Retried retried = consumer.retry("C-A", "ops (admin)");

        assertEquals(new TopicConsumer.Retried(TOPIC, "C-A", null, 1, true, "IllegalStateException: the ledger refuses A-3"),
                retried);
        assertEquals(List.of("A-1", "A-2"), applied("C-A"));
        assertEquals(List.of("A-3"), waiting("C-A"));
        ParkedKeys.Key a = parked().get(0);
        assertEquals(List.of(3L, 2, "IllegalStateException: the ledger refuses A-3"), List.of(a.firstOffset(), a.attempts(),
                a.reason()));
    }

    @Test
    void aSkipKeepsTheRecordWithWhoAndWhyThenAppliesTheRecordsBehindIt() {
        poisonForA();

        TopicConsumer.Retried skipped = consumer.skip("C-A", "the invoice was cancelled in the ERP", "li.na (admin)");

        assertEquals(1, skipped.applied());
        assertFalse(skipped.parked());
        assertEquals(List.of("A-1", "A-3"), applied("C-A"));
        assertEquals(List.of(), parked());
        List<String> audit = tx(c -> Sql.one(c, "SELECT event_id, type, reason, skipped_by, parked_reason, payload "
                + "FROM parked_skip", rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).orElseThrow());
        assertEquals(skipped.skipped(), audit.get(0));
        assertEquals(List.of("InvoiceIssued", "the invoice was cancelled in the ERP", "li.na (admin)",
                "IllegalStateException: the ledger refuses A-2"), audit.subList(1, 5));
        assertTrue(audit.get(5).contains("\"invoiceId\":\"A-2\""), audit.get(5));
    }

    @Test
    void aKeyThatIsNotParkedCannotBeRetriedOrSkipped() {
        assertThrows(NotFound.class, () -> consumer.retry("C-NONE", "ops (admin)"));
        assertThrows(NotFound.class, () -> consumer.skip("C-NONE", "why", "ops (admin)"));
    }

    @Test
    void anEventTypeThisBuildDoesNotKnowIsSkippedAndCountedNotDeadLetteredNorParked() {
        consumer.consume(List.of(record(new CloudEvent("new-1", "InvoiceRenamedInV2", "receivables-service", "X", T0,
                "C-N", null, null, "erp-system (erp)", "{}")), invoice("C-N", "N-1")));

        assertEquals(List.of("N-1"), applied("C-N"));
        assertEquals(List.of(), parked());
        assertEquals(List.of(), deadLetters);
        assertEquals(1.0, registry.get("getpaid.consumer.unknown.types").tag("topic", TOPIC)
                .tag("type", "InvoiceRenamedInV2").counter().count());
    }

    @Test
    void aBadPayloadOfAKnownTypeParksItsKeyToo() {
        consumer.consume(List.of(record(new CloudEvent("bad-1", "InvoiceIssued", "receivables-service", "X", T0, "C-X",
                null, null, "erp-system (erp)", "{ not json")), invoice("C-X", "X-1")));

        assertEquals(List.of(), applied("C-X"));
        assertEquals(2L, parked().get(0).waiting());
        assertEquals("bad-1", parked().get(0).eventId());
    }

    @Test
    void whatCannotBeParkedGoesToTheDeadLetterTopic() {
        ConsumerRecord<String, String> noEnvelope = new ConsumerRecord<>(TOPIC, 0, 99, "C-F00", "{ this is not an event");
        refused.add("K-1");
        ConsumerRecord<String, String> keyless = invoice(null, "K-1");

        consumer.consume(List.of(noEnvelope, keyless, invoice("C-B", "B-1")));

        assertEquals(List.of(noEnvelope, keyless), new ArrayList<>(deadLetters));
        assertEquals(List.of("B-1"), applied("C-B"));
        assertEquals(List.of(), parked());
    }

    /**
     * The database stays away longer than the consumer's patience, through the batch, the record on its own and the
     * parking: nothing is parked or dead-lettered (that would lose the customer's event for good), the records wait
     * and are applied once it answers.
     */
    @Test
    void aDatabaseAwayLongerThanThePatienceParksNothingAndDeadLettersNothingTheRecordsWait() {
        java.util.concurrent.atomic.AtomicInteger away = new java.util.concurrent.atomic.AtomicInteger(5);
        TopicConsumer patient = new TopicConsumer(TOPIC, this::apply, new TopicConsumer.Transactions() {
            @Override
            public <T> T patiently(Jdbc.Work<T> work, String what) {
                if (away.getAndDecrement() > 0) { // the patience ran out: what the kernel throws then
                    throw new IllegalStateException("database unavailable", new java.sql.SQLException(
                            "Connection refused", "08001"));
                }
                return tx(work);
            }

            @Override
            public <T> T transact(Jdbc.Work<T> work) {
                return tx(work);
            }
        }, (record, reason) -> deadLetters.add(record), registry, Clock.fixed(T0, ZoneOffset.UTC));

        patient.consume(List.of(invoice("C-A", "A-1"), invoice("C-B", "B-1"), invoice("C-A", "A-2")));

        assertEquals(List.of(), deadLetters);
        assertEquals(List.of(), parked());
        assertEquals(List.of("A-1", "A-2"), applied("C-A"));
        assertEquals(List.of("B-1"), applied("C-B"));
    }
}
