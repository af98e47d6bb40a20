package com.getpaid.kit.messaging;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.DomainEvent;
import com.getpaid.events.Topics;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Inbox;
import com.getpaid.events.store.KafkaRecords;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.KernelConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The idempotent consumer, a poll at a time: the records of a poll are handled in order in one
 * transaction, each with its inbox record, so a redelivery changes nothing and one commit (one
 * fsync) serves the whole batch. Per-partition order holds: records are handled in the order the
 * poll returned them. Conflicts are retried by the kernel; a database outage is waited out (up to
 * {@code getpaid.kernel.consumer.outage-patience}). When the batch fails for what is in it, its
 * records are handled one by one, and each one that fails on its own goes to the service's
 * dead-letter topic with the reason, so the partition goes on; each one counts in {@code getpaid.dead.letters}
 * (tag {@code topic}: the topic it came from), zero from start-up for every topic the service consumes.
 */
@ApplicationScoped
public class EventConsumer {

    @FunctionalInterface
    public interface Handler {
        void handle(Connection connection, CloudEvent envelope, DomainEvent event) throws Exception;

        /** Handles the records in one transaction; by default each through {@link #handle}, with its inbox record. */
        default boolean batch(Connection c, List<Readable> batch) throws Exception {
            boolean any = false;
            for (Readable r : batch) {
                any |= EventConsumer.handle(c, r, this);
            }
            return any;
        }
    }

    /**
     * What a consumer does with one event of its topic's family, in the batch's transaction: {@code tx}
     * is the command pipeline's, its cause already set to this event.
     */
    @FunctionalInterface
    public interface Listener<E extends DomainEvent> {
        void on(com.getpaid.kit.command.Commands.Tx tx, CloudEvent envelope, E event) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    /** A record read off the topic, with its envelope and event. */
    public record Readable(ConsumerRecord<String, String> record, CloudEvent envelope, DomainEvent event) {
    }

    private final Kernel kernel;
    private final com.getpaid.kit.command.Commands commands;
    private final KernelConfig config;
    private final String bootstrapServers;
    private final MeterRegistry registry;
    private KafkaProducer<String, String> deadLetters;

    public EventConsumer(Kernel kernel, com.getpaid.kit.command.Commands commands, KernelConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry registry) {
        this.kernel = kernel;
        this.commands = commands;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.registry = registry;
    }

    /** The dead-letter counter of each topic the service consumes ({@code mp.messaging.incoming.*.topic}), at zero. */
    void start(@Observes StartupEvent event) {
        var settings = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        for (String name : settings.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                deadLettered(settings.getValue(name, String.class));
            }
        }
    }

    private Counter deadLettered(String topic) {
        return Counter.builder("getpaid.dead.letters").description("Records the consumer sent to " + Topics.deadLetter(
                config.source()) + ", by the topic they came from").tag("topic", topic).register(registry);
    }

    /**
     * Consumes a poll of a topic whose events are of {@code family}: each event through {@code listener}
     * with the pipeline, which loads each stream once for the batch and appends what was decided at its
     * end. What the events cause is recorded as caused by {@code consumer} (e.g.
     * {@code "customer-service: consumer of receivables.v1"}) following the event.
     */
    public <E extends DomainEvent> void consume(ConsumerRecords<String, String> records, Class<E> family, String consumer,
            Listener<E> listener) {
        consume(records, new Handler() {
            @Override
            public void handle(Connection c, CloudEvent envelope, DomainEvent event) throws Exception {
                throw new UnsupportedOperationException("handled a batch at a time");
            }

            @Override
            public boolean batch(Connection c, List<Readable> batch) throws Exception {
                int[] handled = { 0 };
                commands.within(c, EventStore.Cause.following(batch.get(0).envelope(), consumer), tx -> {
                    for (Readable r : batch) {
                        if (Inbox.firstDelivery(c, r.envelope().id(), r.envelope().type(), r.envelope().source())) {
                            tx.causedBy(EventStore.Cause.following(r.envelope(), consumer));
                            if (!family.isInstance(r.event())) {
                                throw new IllegalArgumentException(r.envelope().type() + " on " + r.record().topic()
                                        + " is not a " + family.getSimpleName());
                            }
                            listener.on(tx, r.envelope(), family.cast(r.event()));
                            handled[0]++;
                        }
                    }
                    return null;
                });
                return handled[0] > 0;
            }
        });
    }

    public void consume(ConsumerRecords<String, String> records, Handler handler) {
        List<Readable> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                CloudEvent envelope = KafkaRecords.fromRecord(record);
                batch.add(new Readable(record, envelope, envelope.event()));
            } catch (RuntimeException e) {
                LOG.errorf("Cannot read record %s-%d@%d (key %s): %s; sending it to the dead-letter topic",
                        record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
                deadLetter(record, e);
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            boolean handled = kernel.transactPatiently(c -> handler.batch(c, batch), config.consumer().outagePatience(),
                    "handling a batch of " + batch.size() + " events");
            LOG.debugf("%s handled a batch of %d events (%s)", config.source(), batch.size(),
                    handled ? "new" : "all already processed");
        } catch (RuntimeException batchFailed) {
            LOG.warnf("%s: a batch of %d events failed (%s); handling them one by one", config.source(), batch.size(),
                    batchFailed.toString());
            for (Readable r : batch) {
                try {
                    kernel.transactPatiently(c -> handler.batch(c, List.of(r)), config.consumer().outagePatience(),
                            "handling " + r.envelope().type() + " " + r.envelope().id());
                } catch (RuntimeException e) {
                    LOG.errorf("%s cannot handle %s %s of customer %s: %s; sending it to the dead-letter topic",
                            config.source(), r.envelope().type(), r.envelope().id(), r.envelope().key(), e.toString());
                    deadLetter(r.record(), e);
                }
            }
        }
    }

    private static boolean handle(Connection c, Readable r, Handler handler) throws Exception {
        if (!Inbox.firstDelivery(c, r.envelope().id(), r.envelope().type(), r.envelope().source())) {
            return false;
        }
        handler.handle(c, r.envelope(), r.event());
        return true;
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
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-dead-letters");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            deadLetters = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
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
