package com.getpaid.events.store;

import com.getpaid.events.CloudEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's Kafka side: an idempotent producer ({@code acks=all}, at most 5 in flight), so a
 * retried send neither duplicates nor reorders within a partition.
 */
public final class KafkaPublisher implements OutboxRelay.Publisher, AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String topic;

    /**
     * {@code connection}: where the cluster is and how to authenticate ({@code bootstrap.servers},
     * {@code security.protocol}, {@code sasl.*}, {@code ssl.*}); it comes last, so the relay's own settings never
     * replace it.
     */
    public KafkaPublisher(Map<String, Object> connection, String clientId, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putAll(connection);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        this.topic = topic;
    }

    @Override
    public void publish(List<CloudEvent> batch) throws Exception {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (CloudEvent event : batch) {
            acks.add(producer.send(KafkaRecords.toRecord(event, topic)));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
