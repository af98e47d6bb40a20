package com.getpaid.kit.messaging;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.DomainEvent;
import com.getpaid.events.EventCatalog;
import com.getpaid.events.store.Inbox;
import com.getpaid.events.store.Jdbc;
import com.getpaid.events.store.KafkaRecords;
import com.getpaid.events.store.ParkedKeys;
import com.getpaid.kit.domain.NotFound;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * One topic's idempotent consumer, without the framework: the records of a poll are applied in order in one
 * transaction, each with its inbox record. When the batch fails for what is in it, its records are applied one by
 * one; one that fails on its own parks its key (the customer) with the reason, and the key's later records are
 * stored behind it, in order, instead of being applied, while other keys flow (all beside the inbox, so a
 * redelivery changes nothing). An operator retries a parked key in order once the cause is mended, or skips its
 * first record with a reason. What cannot be parked (no envelope, no key, or the database refusing the parking)
 * goes to the dead-letter topic; an event type this build does not know is skipped and counted, as a consumer
 * that ignores it would.
 */
public final class TopicConsumer {

    private static final Logger LOG = Logger.getLogger(TopicConsumer.class);

    /** Transactions of the service ({@code Kernel} in a service). */
    public interface Transactions {
        /** A poll's transaction: a database outage is waited out. */
        <T> T patiently(Jdbc.Work<T> work, String what);

        /** An operator's transaction. */
        <T> T transact(Jdbc.Work<T> work);
    }

    /** Where a record that cannot be parked goes ({@code <service>.dlq}). */
    @FunctionalInterface
    public interface DeadLetters {
        void send(ConsumerRecord<String, String> record, Throwable reason);
    }

    /** Applies records, in order, in the caller's transaction; their inbox records are already written. */
    @FunctionalInterface
    public interface Applier {
        void apply(Connection c, List<Readable> records) throws Exception;
    }

    /**
     * A record read off the topic (or out of the parked queue, then {@code record} is null), with its envelope and
     * event; {@code unreadable} says why the event could not be decoded (then {@code event} is null).
     */
    public record Readable(String topic, int partition, long offset, ConsumerRecord<String, String> record,
            CloudEvent envelope, DomainEvent event, RuntimeException unreadable) {

        ParkedKeys.Parked parked() {
            return new ParkedKeys.Parked(0, topic, partition, offset, envelope);
        }

        String key() {
            return envelope.key();
        }
    }

    /** What a retry or a skip did: how many parked records it applied, and whether the key is still parked (why). */
    public record Retried(String consumer, String key, String skipped, int applied, boolean parked, String reason) {
    }

    private enum Step {
        APPLIED, UNPARKED, GONE
    }

    private final String consumer;
    private final Applier applier;
    private final Transactions transactions;
    private final DeadLetters deadLetters;
    private final MeterRegistry registry;
    private final Clock clock;

    /** {@code consumer} names the consumer in the parked tables: the topic it reads. */
    public TopicConsumer(String consumer, Applier applier, Transactions transactions, DeadLetters deadLetters,
            MeterRegistry registry, Clock clock) {
        this.consumer = consumer;
        this.applier = applier;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.clock = clock;
    }

    public String consumer() {
        return consumer;
    }

    public void consume(Iterable<ConsumerRecord<String, String>> records) {
        List<Readable> batch = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            CloudEvent envelope;
            try {
                envelope = KafkaRecords.fromRecord(record);
            } catch (RuntimeException e) {
                LOG.errorf("Cannot read record %s-%d@%d (key %s): %s; sending it to the dead-letter topic",
                        record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
                deadLetters.send(record, e);
                continue;
            }
            try {
                batch.add(new Readable(record.topic(), record.partition(), record.offset(), record, envelope,
                        envelope.event(), null));
            } catch (EventCatalog.UnknownEventType e) {
                // a newer producer's type (a rolling deploy): this build would ignore it anyway
                LOG.warnf("%s skips %s %s of %s (%s-%d@%d): a type this build does not know", consumer, envelope.type(),
                        envelope.id(), envelope.key(), record.topic(), record.partition(), record.offset());
                unknownTypes(envelope.type()).increment();
            } catch (RuntimeException e) {
                batch.add(new Readable(record.topic(), record.partition(), record.offset(), record, envelope, null, e));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            int applied = untilTheDatabaseAnswers(c -> apply(c, batch), "handling a batch of " + batch.size() + " events");
            LOG.debugf("%s applied %d of a batch of %d events", consumer, applied, batch.size());
        } catch (RuntimeException batchFailed) {
            LOG.warnf("%s: a batch of %d events failed (%s); handling them one by one", consumer, batch.size(),
                    batchFailed.toString());
            for (Readable r : batch) {
                try {
                    untilTheDatabaseAnswers(c -> apply(c, List.of(r)), "handling " + r.envelope().type() + " "
                            + r.envelope().id());
                } catch (RuntimeException e) {
                    park(r, e);
                }
            }
        }
    }

    /**
     * The work, patiently, again and again while the database is away (past the patience, loudly): an outage is no
     * reason to park or dead-letter a record, which would lose the customer's event for good. Throws what the database
     * refused (or a handler threw), and when the thread is interrupted.
     */
    private <T> T untilTheDatabaseAnswers(Jdbc.Work<T> work, String what) {
        while (true) {
            try {
                return transactions.patiently(work, what);
            } catch (RuntimeException e) {
                if (Jdbc.isPermanent(e) || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                LOG.errorf("%s: the database is still away after the outage patience while %s (%s); the records wait, "
                        + "nothing is parked or dead-lettered", consumer, what, e.toString());
            }
        }
    }

    /** Applies the records not yet processed, storing those of a parked key behind it; returns how many it applied. */
    private int apply(Connection c, List<Readable> records) throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        for (Readable r : records) {
            if (r.key() != null) {
                keys.add(r.key());
            }
        }
        Set<String> parked = ParkedKeys.parkedAmong(c, consumer, keys);
        List<Readable> fresh = new ArrayList<>(records.size());
        for (Readable r : records) {
            if (!Inbox.firstDelivery(c, r.envelope().id(), r.envelope().type(), r.envelope().source())) {
                continue;
            }
            if (r.key() != null && parked.contains(r.key())) {
                ParkedKeys.behind(c, consumer, r.parked(), clock.instant());
                LOG.infof("%s keeps %s %s behind parked key %s", consumer, r.envelope().type(), r.envelope().id(), r.key());
                continue;
            }
            if (r.unreadable() != null) {
                throw r.unreadable();
            }
            fresh.add(r);
        }
        if (!fresh.isEmpty()) {
            applier.apply(c, fresh);
        }
        return fresh.size();
    }

    private void park(Readable r, RuntimeException failure) {
        String reason = reason(failure);
        if (r.key() == null) {
            LOG.errorf("%s cannot handle %s %s, which has no key to park: %s; sending it to the dead-letter topic", consumer,
                    r.envelope().type(), r.envelope().id(), reason);
            deadLetters.send(r.record(), failure);
            return;
        }
        try {
            boolean parked = untilTheDatabaseAnswers(c -> {
                if (!Inbox.firstDelivery(c, r.envelope().id(), r.envelope().type(), r.envelope().source())) {
                    return false;
                }
                ParkedKeys.park(c, consumer, r.parked(), reason, clock.instant());
                return true;
            }, "parking " + r.key());
            if (parked) {
                LOG.errorf("%s cannot handle %s %s of %s (%s-%d@%d): %s; key %s parked, its later records wait behind it",
                        consumer, r.envelope().type(), r.envelope().id(), r.key(), r.topic(), r.partition(), r.offset(),
                        reason, r.key());
            }
        } catch (RuntimeException e) {
            LOG.errorf("%s cannot handle %s %s of %s (%s) nor park it (%s); sending it to the dead-letter topic", consumer,
                    r.envelope().type(), r.envelope().id(), r.key(), reason, e.toString());
            deadLetters.send(r.record(), failure);
        }
    }

    /**
     * Applies the key's parked records in order, each in a transaction of its own; unparks the key when all are
     * applied, or stops at the first that still fails and keeps it parked there with the new reason.
     */
    public Retried retry(String key, String by) {
        int applied = 0;
        while (true) {
            Step step;
            try {
                step = transactions.transact(c -> {
                    if (ParkedKeys.lock(c, consumer, key).isEmpty()) {
                        return Step.GONE;
                    }
                    Optional<ParkedKeys.Parked> head = ParkedKeys.head(c, consumer, key);
                    if (head.isEmpty()) {
                        ParkedKeys.unpark(c, consumer, key);
                        return Step.UNPARKED;
                    }
                    ParkedKeys.Parked p = head.get();
                    applier.apply(c, List.of(new Readable(p.topic(), p.partition(), p.offset(), null, p.envelope(),
                            p.envelope().event(), null)));
                    return ParkedKeys.done(c, consumer, key, p.seq(), clock.instant()) ? Step.UNPARKED : Step.APPLIED;
                });
            } catch (RuntimeException e) {
                String reason = reason(e);
                transactions.transact(c -> {
                    ParkedKeys.failed(c, consumer, key, reason, clock.instant());
                    return null;
                });
                LOG.warnf("%s: %s retried key %s; %d records applied, still parked: %s", consumer, by, key, applied, reason);
                return new Retried(consumer, key, null, applied, true, reason);
            }
            if (step == Step.GONE) {
                if (applied == 0) {
                    throw new NotFound("No key " + key + " is parked for " + consumer);
                }
                step = Step.UNPARKED; // someone else finished it meanwhile
            }
            if (step == Step.APPLIED) {
                applied++;
                continue;
            }
            applied++;
            LOG.infof("%s: %s retried key %s; %d records applied, unparked", consumer, by, key, applied);
            return new Retried(consumer, key, null, applied, false, null);
        }
    }

    /**
     * Skips the first parked record of the key, kept with who and why in {@code parked_skip}; the records behind it
     * are then retried in order.
     */
    public Retried skip(String key, String reason, String by) {
        String[] skipped = { null };
        boolean unparked = transactions.transact(c -> {
            ParkedKeys.Key parked = ParkedKeys.lock(c, consumer, key)
                    .orElseThrow(() -> new NotFound("No key " + key + " is parked for " + consumer));
            Optional<ParkedKeys.Parked> head = ParkedKeys.head(c, consumer, key);
            if (head.isEmpty()) {
                ParkedKeys.unpark(c, consumer, key);
                return true;
            }
            skipped[0] = head.get().envelope().id();
            return ParkedKeys.skipped(c, parked, head.get(), reason, by, clock.instant());
        });
        LOG.warnf("%s: %s skipped %s of parked key %s: %s", consumer, by, skipped[0], key, reason);
        if (unparked) {
            return new Retried(consumer, key, skipped[0], 0, false, null);
        }
        Retried rest = retry(key, by);
        return new Retried(consumer, key, skipped[0], rest.applied(), rest.parked(), rest.reason());
    }

    private Counter unknownTypes(String type) {
        return Counter.builder("getpaid.consumer.unknown.types").description("Records of an event type this build does "
                + "not know, skipped").tag("topic", consumer).tag("type", type).register(registry);
    }

    /** The innermost cause says what went wrong (the database's own message, say). */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
