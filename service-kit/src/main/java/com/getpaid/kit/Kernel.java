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
import java.util.Map;
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
    private final String bootstrapServers;
    private final MeterRegistry registry;
    private OutboxRelay relay;
    private KafkaPublisher publisher;

    public Kernel(DataSource dataSource, KernelConfig config, Projector projector, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        this.store = new EventStore(projector, clock);
        this.projector = projector;
        this.bootstrapServers = bootstrapServers;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.warn("Outbox relay disabled by configuration: events are stored but not published");
            return;
        }
        publisher = new KafkaPublisher(bootstrapServers, config.source() + "-relay", config.topic(), Map.of());
        relay = new OutboxRelay(dataSource, publisher, config.source(), config.relay().batchSize(),
                config.relay().pollInterval());
        relay.start();
        Gauge.builder("getpaid.outbox.backlog", relay, OutboxRelay::backlog)
                .description("Events stored but not yet acknowledged by Kafka").register(registry);
        Gauge.builder("getpaid.outbox.published", relay, OutboxRelay::publishedCount)
                .description("Events this instance published since start").register(registry);
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
        long count = transact(c -> store.rebuild(c, n -> LOG.infof("Rebuild of %s: %d events replayed so far",
                config.source(), n)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Rebuilt the read models of %s: %d events replayed in %d ms", config.source(), count, millis);
        return new ProjectionAdminResource.Rebuilt(projector.tables(), count, millis);
    }

    public EventStore store() {
        return store;
    }

    public OutboxRelay relay() {
        return relay;
    }

    /**
     * Runs the work in one transaction; on a concurrency conflict or a transient database error it
     * runs it again from the start (the work reloads what it decides on), up to five times.
     */
    public <T> T transact(Jdbc.Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return Jdbc.inTransaction(dataSource, work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !Jdbc.isTransient(e)) {
                    throw e;
                }
                LOG.debugf("Retrying after a transient failure (attempt %d): %s", attempt, e.getMessage());
            }
        }
    }
}
