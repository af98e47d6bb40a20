package com.getpaid.kit.due;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.store.AdvisoryLocks;
import com.getpaid.events.store.Jdbc;
import com.getpaid.events.store.Sql;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The due-work queue's claim, handle, finish and fail against a real PostgreSQL, with a clock the test sets. */
class DueQueueTest {

    static final List<String> SERVICES = List.of("customer-service", "receivables-service", "complaint-service",
            "notification-service");
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    static EmbeddedPostgres postgres;
    static DataSource db;

    final DueWork dueWork = new DueWork();
    final AtomicReference<Instant> now = new AtomicReference<>(T0);
    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    };
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final List<String> ran = new CopyOnWriteArrayList<>();

    /** The table as every service migrates it (the same file in each, checked below). */
    static String migration(String service) throws Exception {
        return Files.readString(Path.of("..", service, "src/main/resources/db/migration/V40__due_work.sql"));
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
        db = postgres.getPostgresDatabase();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(migration("complaint-service"));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void empty() {
        tx(c -> Sql.update(c, "TRUNCATE due_work"));
    }

    static <T> T tx(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(db, work);
    }

    static final DueQueue.Transactions TRANSACTIONS = new DueQueue.Transactions() {
        @Override
        public <T> T transact(Jdbc.Work<T> work) {
            return tx(work);
        }
    };

    DueQueue queue(DueWorkHandler... handlers) {
        Map<String, DueWorkHandler> byKind = new ConcurrentHashMap<>();
        for (DueWorkHandler h : handlers) {
            byKind.put(h.kind(), h);
        }
        return new DueQueue(TRANSACTIONS, dueWork, clock, byKind, Duration.ofHours(1), registry);
    }

    /** A handler of kind "ping" that notes each key it ran and is done with it. */
    DueWorkHandler ping() {
        return handler("ping", item -> Optional.empty());
    }

    interface Work {
        Optional<Instant> run(DueItem item) throws Exception;
    }

    DueWorkHandler handler(String kind, Work work) {
        return new DueWorkHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
                Optional<Instant> again = work.run(item);
                ran.add(item.kind() + ":" + item.key());
                return again;
            }
        };
    }

    void schedule(String kind, String key, Instant at) {
        tx(c -> {
            dueWork.schedule(c, kind, key, at);
            return null;
        });
    }

    static long count(String table) {
        return tx(c -> Sql.one(c, "SELECT count(*) FROM " + table, rs -> rs.getLong(1)).orElseThrow());
    }

    List<DueItem> queued(String key) {
        return tx(c -> dueWork.queuedFor(c, key));
    }

    @Test
    void everyServiceMigratesTheSameTable() throws Exception {
        for (String service : SERVICES) {
            assertEquals(migration("complaint-service"), migration(service), service);
        }
    }

    @Test
    void anItemDueLaterIsNotRun() {
        schedule("ping", "C-1", T0.plusSeconds(60));
        assertEquals(DueQueue.Outcome.NOTHING_DUE, queue(ping()).runNext());
        assertEquals(List.of(), ran);
        assertEquals(List.of(new DueItem("ping", "C-1", T0.plusSeconds(60), 0, null)), queued("C-1"));
    }

    @Test
    void aDueItemRunsOnceAndIsDeleted() {
        schedule("ping", "C-1", T0.plusSeconds(60));
        now.set(T0.plusSeconds(60));
        DueQueue queue = queue(ping());
        assertEquals(1, queue.runDue(100, () -> false));
        assertEquals(0, queue.runDue(100, () -> false));
        assertEquals(List.of("ping:C-1"), ran);
        assertEquals(List.of(), queued("C-1"));
        assertEquals(1.0, registry.get("getpaid.due.work.done").tag("kind", "ping").counter().count());
    }

    @Test
    void scheduleKeepsTheEarlierTimeAndRescheduleReplacesIt() {
        schedule("ping", "C-1", T0.plusSeconds(60));
        schedule("ping", "C-1", T0.plusSeconds(600));
        assertEquals(T0.plusSeconds(60), queued("C-1").get(0).dueAt());
        schedule("ping", "C-1", T0.plusSeconds(30));
        assertEquals(T0.plusSeconds(30), queued("C-1").get(0).dueAt());
        tx(c -> {
            dueWork.reschedule(c, "ping", "C-1", T0.plusSeconds(900));
            return null;
        });
        assertEquals(List.of(new DueItem("ping", "C-1", T0.plusSeconds(900), 0, null)), queued("C-1"));
        tx(c -> {
            dueWork.cancel(c, "ping", "C-1");
            return null;
        });
        assertEquals(List.of(), queued("C-1"));
    }

    @Test
    void aRecurringItemIsRescheduled() {
        schedule("check", "C-1", T0);
        DueQueue queue = queue(handler("check", item -> Optional.of(item.dueAt().plus(Duration.ofDays(1)))));
        assertEquals(DueQueue.Outcome.DUE_AGAIN, queue.runNext());
        assertEquals(DueQueue.Outcome.NOTHING_DUE, queue.runNext());
        assertEquals(List.of(new DueItem("check", "C-1", T0.plus(Duration.ofDays(1)), 0, null)), queued("C-1"));
        now.set(T0.plus(Duration.ofDays(1)));
        assertEquals(DueQueue.Outcome.DUE_AGAIN, queue.runNext());
        assertEquals(List.of("check:C-1", "check:C-1"), ran);
    }

    @Test
    void aFailingItemBacksOffRecordsWhyAndDoesNotBlockTheItemBehindIt() {
        schedule("flaky", "C-1", T0.minusSeconds(2));
        schedule("ping", "C-2", T0.minusSeconds(1));
        AtomicInteger tries = new AtomicInteger();
        DueQueue queue = queue(ping(), handler("flaky", item -> {
            tries.incrementAndGet();
            throw new IllegalStateException("the mail server said no");
        }));

        assertEquals(2, queue.runDue(100, () -> false));
        assertEquals(List.of("ping:C-2"), ran);
        assertEquals(1, tries.get());
        assertEquals(List.of(new DueItem("flaky", "C-1", T0.plusSeconds(1), 1, "the mail server said no")), queued("C-1"));
        assertEquals(List.of(), queued("C-2"));

        now.set(T0.plusSeconds(1));
        assertEquals(DueQueue.Outcome.FAILED, queue.runNext());
        assertEquals(List.of(new DueItem("flaky", "C-1", T0.plusSeconds(3), 2, "the mail server said no")), queued("C-1"));
        assertEquals(2.0, registry.get("getpaid.due.work.failures").tag("kind", "flaky").counter().count());
        DueQueue.Stats stats = queue.stats();
        assertEquals(1, stats.queued());
        assertEquals(1, stats.failing());
        assertEquals(0.0, stats.overdueSeconds());
        now.set(T0.plusSeconds(13));
        assertEquals(10.0, queue.stats().overdueSeconds());
    }

    @Test
    void theBackoffDoublesFromOneSecondUpToTheMax() {
        Duration max = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(1), DueQueue.backoff(1, max));
        assertEquals(Duration.ofSeconds(2), DueQueue.backoff(2, max));
        assertEquals(Duration.ofSeconds(1024), DueQueue.backoff(11, max));
        assertEquals(max, DueQueue.backoff(13, max));
        assertEquals(max, DueQueue.backoff(1_000, max));
    }

    @Test
    void aLongErrorIsCutTo500Characters() {
        schedule("loud", "C-1", T0);
        queue(handler("loud", item -> {
            throw new IllegalStateException("x".repeat(2_000));
        })).runNext();
        assertEquals(500, queued("C-1").get(0).lastError().length());
    }

    @Test
    void anItemNobodyHandlesIsKeptAndPushedBackByTheMaxBackoff() {
        schedule("retired", "C-1", T0);
        schedule("ping", "C-2", T0);
        DueQueue queue = queue(ping());
        assertEquals(2, queue.runDue(100, () -> false));
        DueItem kept = queued("C-1").get(0);
        assertEquals(T0.plus(Duration.ofHours(1)), kept.dueAt());
        assertEquals(1, kept.attempts());
        assertTrue(kept.lastError().contains("no handler"));
        assertEquals(List.of("ping:C-2"), ran);
    }

    @Test
    void aBatchStopsAtItsSizeAndWhenAskedTo() {
        for (int i = 0; i < 5; i++) {
            schedule("ping", "C-" + i, T0.minusSeconds(10 - i));
        }
        DueQueue queue = queue(ping());
        assertEquals(2, queue.runDue(2, () -> false));
        assertEquals(List.of("ping:C-0", "ping:C-1"), ran); // soonest first
        assertEquals(0, queue.runDue(100, () -> true));
        assertEquals(3, queue.runDue(100, () -> false));
    }

    @Test
    void aHandlerThatFailsRollsBackItsWork() {
        schedule("writer", "C-1", T0);
        tx(c -> Sql.update(c, "CREATE TABLE IF NOT EXISTS due_test_effect (key text)"));
        tx(c -> Sql.update(c, "TRUNCATE due_test_effect"));
        DueQueue queue = new DueQueue(TRANSACTIONS, dueWork, clock, Map.of("writer", new DueWorkHandler() {
            @Override
            public String kind() {
                return "writer";
            }

            @Override
            public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
                Sql.update(c, "INSERT INTO due_test_effect VALUES (?)", item.key());
                throw new java.io.IOException("smtp away");
            }
        }), Duration.ofHours(1), registry);
        assertEquals(DueQueue.Outcome.FAILED, queue.runNext());
        assertEquals(0L, count("due_test_effect"));
        assertEquals("smtp away", queued("C-1").get(0).lastError());
    }

    @Test
    void twoRunnersNeverRunOneItemTwice() throws Exception {
        int items = 200;
        for (int i = 0; i < items; i++) {
            schedule("ping", "C-" + i, T0.minusSeconds(i));
        }
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        CountDownLatch bothClaimed = new CountDownLatch(2);
        DueWorkHandler counting = new DueWorkHandler() {
            @Override
            public String kind() {
                return "ping";
            }

            @Override
            public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
                // the first item of each runner waits until the other holds one too: they really overlap
                bothClaimed.countDown();
                assertTrue(bothClaimed.await(10, TimeUnit.SECONDS), "the other runner claimed nothing");
                runs.computeIfAbsent(item.key(), k -> new AtomicInteger()).incrementAndGet();
                return Optional.empty();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runners = List.of(pool.submit(() -> queue(counting).runDue(items, () -> false)),
                    pool.submit(() -> queue(counting).runDue(items, () -> false)));
            await().atMost(Duration.ofSeconds(30)).until(() -> runners.stream().allMatch(Future::isDone));
            int claimed = runners.get(0).get() + runners.get(1).get();
            assertEquals(items, claimed);
            assertTrue(runners.get(0).get() > 0 && runners.get(1).get() > 0, "both runners worked");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(items, runs.size());
        assertFalse(runs.values().stream().anyMatch(n -> n.get() != 1), "an item ran twice: " + runs);
        assertEquals(0L, count("due_work"));
    }

    /**
     * The deadlock seen under load: a command holds its customer's lock and queues work for that customer while the
     * runner has claimed that customer's item and waits for the same lock. Both must finish, the handler must see
     * what the command committed and queue the item for the time that brings.
     */
    @Test
    void aCommandQueueingWorkNeverWaitsForARunnerThatWaitsForItsCustomer() throws Exception {
        schedule("fall-due", "C-1", T0.minusSeconds(60));
        tx(c -> Sql.update(c, "CREATE TABLE IF NOT EXISTS due_test_invoice (customer text, due_at timestamptz)"));
        tx(c -> Sql.update(c, "TRUNCATE due_test_invoice"));
        CountDownLatch runnerClaimed = new CountDownLatch(1);
        AtomicReference<Long> invoicesSeen = new AtomicReference<>();
        DueWorkHandler fallDue = new DueWorkHandler() {
            @Override
            public String kind() {
                return "fall-due";
            }

            @Override
            public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
                runnerClaimed.countDown();
                Sql.one(c, AdvisoryLocks.CUSTOMER.xactLock(), rs -> 1, item.key()); // the account's lock
                invoicesSeen.set(Sql.one(c, "SELECT count(*) FROM due_test_invoice WHERE customer = ?", rs -> rs.getLong(1),
                        item.key()).orElseThrow());
                // like the fall-due: the next time comes from what is recorded, read under the lock
                return Sql.one(c, "SELECT min(due_at) FROM due_test_invoice WHERE customer = ?", rs -> Sql.instant(rs, "min"),
                        item.key()).map(Optional::ofNullable).orElseThrow();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection command = db.getConnection()) {
            command.setAutoCommit(false);
            Sql.one(command, AdvisoryLocks.CUSTOMER.xactLock(), rs -> 1, "C-1");
            Future<DueQueue.Outcome> runner = pool.submit(() -> queue(fallDue).runNext());
            assertTrue(runnerClaimed.await(10, TimeUnit.SECONDS), "the runner never claimed the item");
            await().atMost(Duration.ofSeconds(10)).until(() -> tx(c -> Sql.one(c, "SELECT count(*) FROM pg_locks "
                    + "WHERE locktype = 'advisory' AND NOT granted", rs -> rs.getLong(1)).orElseThrow()) == 1L);
            // the invoice: recorded, then its customer queued for tomorrow, on a connection that holds the customer
            Future<?> invoice = pool.submit(() -> {
                Sql.update(command, "INSERT INTO due_test_invoice VALUES (?, ?)", "C-1", T0.plus(Duration.ofDays(1)));
                dueWork.schedule(command, "fall-due", "C-1", T0.plus(Duration.ofDays(1)));
                command.commit();
                return null;
            });
            invoice.get(10, TimeUnit.SECONDS); // waited for the runner's row before: deadlock
            assertEquals(DueQueue.Outcome.DUE_AGAIN, runner.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, invoicesSeen.get(), "the handler decided without the invoice committed before it took the lock");
        assertEquals(List.of(new DueItem("fall-due", "C-1", T0.plus(Duration.ofDays(1)), 0, null)), queued("C-1"));
        assertEquals(0.0, registry.find("getpaid.due.work.failures").counters().stream().mapToDouble(c -> c.count()).sum());
    }

    @Test
    void anOutageBeforeTheClaimIsTheCallersToWaitOut() {
        DueQueue queue = new DueQueue(new DueQueue.Transactions() {
            @Override
            public <T> T transact(Jdbc.Work<T> work) {
                throw new Jdbc.StoreException(new java.sql.SQLException("connection refused", "08001"));
            }
        }, dueWork, clock, Map.of(), Duration.ofHours(1), registry);
        assertThrows(Jdbc.StoreException.class, queue::runNext);
    }
}
