package com.getpaid.kit.messaging;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.DomainEvent;
import com.getpaid.events.Topics;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Jdbc;
import com.getpaid.events.store.ParkedKeys;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.KernelConfig;
import com.getpaid.kit.domain.NotFound;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * The service's consumers: each listener subscribes its channel at start-up ({@link #subscribe}) and hands each poll
 * to its {@link TopicConsumer}, which applies it in one transaction with the inbox, and parks the key (the customer)
 * of a record that fails for good, its later records waiting behind it, while other keys flow. Per-partition order
 * holds. Conflicts are retried by the kernel; a database outage is waited out (up to
 * {@code getpaid.kernel.consumer.outage-patience}). What cannot be parked (no envelope, no key) goes to
 * {@code <service>.dlq} and counts in {@code getpaid.dead.letters} (tag {@code topic}); parked keys and the records
 * behind them are the gauges {@code getpaid.consumer.parked.keys} and {@code getpaid.consumer.parked.records} (tag
 * {@code consumer}: the topic). All are there at zero from start-up for every topic the service consumes.
 */
@ApplicationScoped
public class EventConsumer {

    /**
     * What a consumer does with one event of its topic's family, in the batch's transaction: {@code tx}
     * is the command pipeline's, its cause already set to this event.
     */
    @FunctionalInterface
    public interface Listener<E extends DomainEvent> {
        void on(com.getpaid.kit.command.Commands.Tx tx, CloudEvent envelope, E event) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration SNAPSHOT_AGE = Duration.ofSeconds(5);

    private final Kernel kernel;
    private final com.getpaid.kit.command.Commands commands;
    private final KernelConfig config;
    private final com.getpaid.kit.KafkaClients kafka;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, TopicConsumer> consumers = new ConcurrentHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of(), Map.of());
    private KafkaProducer<String, String> deadLetters;

    /** Parked keys and the records behind them per consumer, as last read. */
    private record Snapshot(Instant read, Map<String, Long> keys, Map<String, Long> records) {
    }

    public EventConsumer(Kernel kernel, com.getpaid.kit.command.Commands commands, KernelConfig config,
            com.getpaid.kit.KafkaClients kafka, MeterRegistry registry, Clock clock) {
        this.kernel = kernel;
        this.commands = commands;
        this.config = config;
        this.kafka = kafka;
        this.registry = registry;
        this.clock = clock;
    }

    /** The meters of each topic the service consumes ({@code mp.messaging.incoming.*.topic}), at zero. */
    void start(@Observes StartupEvent event) {
        var settings = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        for (String name : settings.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                String topic = settings.getValue(name, String.class);
                deadLettered(topic);
                Gauge.builder("getpaid.consumer.parked.keys", this, c -> c.parkedCount(topic, true))
                        .description("Keys (customers) parked at a record that failed for good, their later records waiting")
                        .tag("consumer", topic).register(registry);
                Gauge.builder("getpaid.consumer.parked.records", this, c -> c.parkedCount(topic, false))
                        .description("Records waiting in parked keys, the failed ones among them").tag("consumer", topic)
                        .register(registry);
            }
        }
    }

    private Counter deadLettered(String topic) {
        return Counter.builder("getpaid.dead.letters").description("Records the consumer sent to " + Topics.deadLetter(
                config.source()) + ", by the topic they came from").tag("topic", topic).register(registry);
    }

    /**
     * The consumer of a channel whose events are of {@code family}: each event through {@code listener} with the
     * pipeline, which loads each stream once for the batch and appends what was decided at its end. What the events
     * cause is recorded as caused by {@code consumer} (e.g. {@code "customer-service: consumer of receivables.v1"})
     * following the event. Called once, when the listener is made at start-up, so a parked key can be retried on
     * this instance before any record arrives.
     */
    public <E extends DomainEvent> TopicConsumer subscribe(String channel, Class<E> family, String consumer,
            Listener<E> listener) {
        String topic = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class).orElse(channel);
        TopicConsumer.Applier applier = (c, batch) -> commands.within(c, EventStore.Cause.following(batch.get(0).envelope(),
                consumer), tx -> {
                    for (TopicConsumer.Readable r : batch) {
                        tx.causedBy(EventStore.Cause.following(r.envelope(), consumer));
                        if (!family.isInstance(r.event())) {
                            throw new IllegalArgumentException(r.envelope().type() + " on " + r.topic() + " is not a "
                                    + family.getSimpleName());
                        }
                        listener.on(tx, r.envelope(), family.cast(r.event()));
                    }
                    return null;
                });
        TopicConsumer topicConsumer = new TopicConsumer(topic, applier, new TopicConsumer.Transactions() {
            @Override
            public <T> T patiently(Jdbc.Work<T> work, String what) {
                return kernel.transactPatiently(work, config.consumer().outagePatience(), what);
            }

            @Override
            public <T> T transact(Jdbc.Work<T> work) {
                return kernel.transact(work);
            }
        }, this::deadLetter, registry, clock);
        consumers.put(topic, topicConsumer);
        return topicConsumer;
    }

    /** Every parked key of the service, the oldest first. */
    public List<ParkedKeys.Key> parked() {
        return kernel.transact(ParkedKeys::all);
    }

    /** The records waiting in a parked key, in order. */
    public List<ParkedKeys.Parked> queue(String consumer, String key) {
        return kernel.transact(c -> ParkedKeys.queue(c, consumer, key));
    }

    public TopicConsumer.Retried retry(String consumer, String key, String by) {
        return topic(consumer).retry(key, by);
    }

    public TopicConsumer.Retried skip(String consumer, String key, String reason, String by) {
        return topic(consumer).skip(key, reason, by);
    }

    private TopicConsumer topic(String consumer) {
        TopicConsumer topic = consumers.get(consumer);
        if (topic == null) {
            throw new NotFound("No consumer " + consumer + " in " + config.source() + "; it consumes " + consumers.keySet());
        }
        return topic;
    }

    /** For the gauges: read at most every few seconds; NaN while the database cannot say. */
    private double parkedCount(String consumer, boolean keys) {
        Snapshot s = snapshot;
        if (s.read().plus(SNAPSHOT_AGE).isBefore(Instant.now())) {
            try {
                Map<String, Long> k = new HashMap<>();
                Map<String, Long> r = new HashMap<>();
                for (ParkedKeys.Key key : parked()) {
                    k.merge(key.consumer(), 1L, Long::sum);
                    r.merge(key.consumer(), key.waiting(), Long::sum);
                }
                s = new Snapshot(Instant.now(), k, r);
                snapshot = s;
            } catch (RuntimeException e) {
                LOG.debugf("Cannot count the parked keys: %s", e.toString());
                return Double.NaN;
            }
        }
        return (keys ? s.keys() : s.records()).getOrDefault(consumer, 0L);
    }

    /**
     * Puts the record on {@code <service>.dlq} with its headers and why, as SmallRye's dead-letter
     * strategy does. Waits for Kafka rather than dropping the record: the consumer cannot go on
     * past it without a trace.
     */
    private void deadLetter(ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(Topics.deadLetter(config.source()), null, record.key(),
                record.value(), new org.apache.kafka.common.header.internals.RecordHeaders(record.headers().toArray()));
        String message = reason.getMessage() == null ? reason.toString() : reason.getMessage();
        dead.headers().add("dead-letter-reason", message.getBytes(StandardCharsets.UTF_8))
                .add("dead-letter-cause", reason.getClass().getName().getBytes(StandardCharsets.UTF_8))
                .add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8))
                .add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8))
                .add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        long backoff = 500;
        while (true) {
            try {
                producer().send(dead).get(30, TimeUnit.SECONDS);
                deadLettered(record.topic()).increment();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while dead-lettering", e);
            } catch (Exception e) {
                LOG.warnf("%s cannot reach the dead-letter topic yet (%s); retrying in %d ms", config.source(), e, backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while dead-lettering", interrupted);
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (deadLetters == null) {
            deadLetters = new KafkaProducer<>(kafka.config(config.source() + "-dead-letters", Map.of(
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)),
                    new StringSerializer(), new StringSerializer());
        }
        return deadLetters;
    }

    @PreDestroy
    synchronized void close() {
        if (deadLetters != null) {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }
}
