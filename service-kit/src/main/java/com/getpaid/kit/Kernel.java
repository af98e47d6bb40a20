package com.getpaid.kit;

import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Jdbc;
import com.getpaid.events.store.KafkaPublisher;
import com.getpaid.events.store.OutboxRelay;
import com.getpaid.events.store.Projector;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The service's event kernel: its event store, transactions with retry on conflict, and the outbox
 * relay that publishes what the store committed.
 */
@ApplicationScoped
public class Kernel {

    private static final Logger LOG = Logger.getLogger(Kernel.class);
    private static final int ATTEMPTS = 5;

    private final DataSource dataSource;
    private final KernelConfig config;
    private final EventStore store;
    private final Projector projector;
    private final KafkaClients kafka;
    private final MeterRegistry registry;
    private OutboxRelay relay;
    private KafkaPublisher publisher;

    private final String jdbcUrl;
    private final String username;
    private final java.util.Optional<String> password;

    public Kernel(DataSource dataSource, KernelConfig config, Projector projector, Clock clock,
            KafkaClients kafka, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") java.util.Optional<String> password) {
        this.dataSource = dataSource;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.config = config;
        this.store = new EventStore(projector, clock);
        this.projector = projector;
        this.kafka = kafka;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        long maxAge = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(
                "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms", Long.class).orElse(60_000L);
        if (maxAge > 0 && maxAge <= config.consumer().outagePatience().toMillis()) {
            throw new IllegalStateException("mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms ("
                    + maxAge + ") must be longer than getpaid.kernel.consumer.outage-patience (" + config.consumer().outagePatience()
                    + "): otherwise a database outage kills the Kafka channels before the consumers stop waiting for it");
        }
        if (!config.relay().enabled()) {
            LOG.warn("Outbox relay disabled by configuration: events are stored but not published");
            return;
        }
        publisher = new KafkaPublisher(kafka.connection(), config.source() + "-relay", config.topic());
        // the relay's lock lives on a connection of its own, outside the pool: when it closes, the lock is gone
        relay = new OutboxRelay(dataSource, () -> java.sql.DriverManager.getConnection(jdbcUrl, username, password.orElse(null)),
                publisher, config.source(), config.relay().batchSize(), config.relay().pollInterval());
        relay.start();
        Gauge.builder("getpaid.outbox.backlog", relay, OutboxRelay::backlog)
                .description("Events stored but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("getpaid.outbox.published", relay, OutboxRelay::publishedCount)
                .description("Events this instance published since start").register(registry);
        Gauge.builder("getpaid.outbox.oldest.waiting.seconds", relay, OutboxRelay::oldestWaitingSeconds)
                .description("How long the oldest event not yet in Kafka has waited").register(registry);
        Gauge.builder("getpaid.outbox.stuck", relay, OutboxRelay::stuckCount)
                .description("Events Kafka refuses for good, parked with the reason (each holds back its customer's later events)")
                .register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        if (relay != null) {
            relay.close();
            publisher.close();
        }
    }

    /** Empties the read models and replays the store into them, in one transaction. */
    public ProjectionAdminResource.Rebuilt rebuildProjections() {
        long start = System.nanoTime();
        LOG.infof("Rebuilding the read models %s of %s from its event store", projector.tables(), config.source());
        var bounds = new Jdbc.Timeouts(config.transactions().rebuildLockTimeout(),
                config.transactions().rebuildStatementTimeout());
        long count = transact(bounds, c -> store.rebuild(c, n -> LOG.infof("Rebuild of %s: %d events replayed so far",
                config.source(), n)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Rebuilt the read models of %s: %d events replayed in %d ms", config.source(), count, millis);
        return new ProjectionAdminResource.Rebuilt(projector.tables(), count, millis);
    }

    /** Runs the work if no other instance of this service runs work of that name (a scheduled job); empty otherwise. */
    public <T> java.util.Optional<T> alone(String name, java.util.function.Supplier<T> work) {
        return Jdbc.alone(dataSource, config.source() + ":" + name, work);
    }

    public EventStore store() {
        return store;
    }

    public OutboxRelay relay() {
        return relay;
    }

    /**
     * Runs the work like {@link #transact}; while the database is unreachable it waits and tries
     * again (backoff from 100 ms doubling to 10 s) for up to {@code patience}, so an outage delays the
     * work instead of failing it. What the database refuses, or what fails outside it, is not retried.
     */
    public <T> T transactPatiently(Jdbc.Work<T> work, java.time.Duration patience, String what) {
        long waitedMillis = 0;
        long backoff = 100;
        while (true) {
            try {
                return transact(work);
            } catch (RuntimeException e) {
                if (Jdbc.isPermanent(e) || waitedMillis >= patience.toMillis()) {
                    throw e;
                }
                LOG.warnf("%s: database unavailable while %s (%s); retrying in %d ms", config.source(), what, e.getMessage(),
                        backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                waitedMillis += backoff;
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    /**
     * Runs the work in one transaction bounded by {@code getpaid.kernel.transactions.*} (a lock or statement
     * timeout is not retried: it answers 503); on a concurrency conflict or a transient database error it
     * runs it again from the start (the work reloads what it decides on), up to five times.
     */
    public <T> T transact(Jdbc.Work<T> work) {
        return transact(new Jdbc.Timeouts(config.transactions().lockTimeout(), config.transactions().statementTimeout()),
                work);
    }

    private <T> T transact(Jdbc.Timeouts bounds, Jdbc.Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return Jdbc.inTransaction(dataSource, bounds, work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !Jdbc.isTransient(e)) {
                    throw e;
                }
                LOG.debugf("Retrying after a transient failure (attempt %d): %s", attempt, e.getMessage());
            }
        }
    }
}
