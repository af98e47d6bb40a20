package com.getpaid.local;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.DomainEvent;
import com.getpaid.events.EventCatalog;
import com.getpaid.events.store.KafkaRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What tests need of the real broker: publish events the way another service's relay would, and
 * read what a service published.
 */
public final class TestKafka implements AutoCloseable {

    private final Map<String, Object> clientSettings;
    private final KafkaProducer<String, String> producer;

    /** For a plaintext broker. */
    public TestKafka(String bootstrapServers) {
        this(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** {@code clientSettings}: where the broker is and how to authenticate, {@link LocalPlatform#kafkaClientSettings()}. */
    public TestKafka(Map<String, Object> clientSettings) {
        this.clientSettings = Map.copyOf(clientSettings);
        this.producer = new KafkaProducer<>(with(ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(),
                new StringSerializer());
    }

    private Map<String, Object> with(String key, Object value) {
        Map<String, Object> config = new java.util.HashMap<>(clientSettings);
        config.put(key, value);
        return config;
    }

    /** Publishes the event in a CloudEvents envelope with a new id; returns the id. */
    public String publish(String topic, DomainEvent event) {
        String id = UUID.randomUUID().toString();
        publish(topic, id, event);
        return id;
    }

    /** Publishes with a given event id: sending the same id twice is a redelivery. */
    public void publish(String topic, String eventId, DomainEvent event) {
        send(KafkaRecords.toRecord(new CloudEvent(eventId, EventCatalog.typeOf(event), "test", event.subject(), Instant.now(),
                event.customerId(), eventId, null, "test: published by hand", EventCatalog.encode(event)), topic));
    }

    public void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e);
        }
    }

    /** Every record on the topic up to now (from the beginning): what later writers add is not waited for. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(with(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .stream().map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (java.time.Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + topic + " up to " + end + " within 60 s");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new org.apache.kafka.common.TopicPartition(topic, r.partition()))) {
                        records.add(r);
                    }
                }
            }
        }
        return records;
    }

    /** The events of a given type on a topic, decoded. */
    public <T extends DomainEvent> List<T> events(String topic, Class<T> type) {
        return readAll(topic).stream()
                .map(KafkaRecords::fromRecord)
                .filter(e -> EventCatalog.classOf(e.type()).map(type::equals).orElse(false))
                .map(e -> type.cast(e.event()))
                .toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
