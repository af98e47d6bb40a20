package com.getpaid.events.store;

import com.getpaid.events.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents 1.0 envelope in Kafka binary mode: attributes in {@code ce_*} headers, the event's
 * JSON as the record value, the customer id as the key. Correlation and causation ids, and who
 * caused the event ({@code causedby}), travel as extension attributes.
 */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    public static ProducerRecord<String, String> toRecord(CloudEvent event, String topic) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.key(), event.data());
        Headers h = record.headers();
        put(h, "ce_specversion", CloudEvent.SPEC_VERSION);
        put(h, "ce_id", event.id());
        put(h, "ce_type", event.type());
        put(h, "ce_source", event.source());
        put(h, "ce_subject", event.subject());
        put(h, "ce_time", event.time().toString());
        put(h, "content-type", "application/json");
        put(h, "ce_correlationid", event.correlationId());
        put(h, "ce_causationid", event.causationId());
        put(h, "ce_causedby", event.causedBy());
        return record;
    }

    /** Reads the envelope of a consumed record; a record without {@code ce_id} or {@code ce_type} is refused. */
    public static CloudEvent fromRecord(ConsumerRecord<String, String> record) {
        Headers h = record.headers();
        String id = get(h, "ce_id").orElseThrow(() -> new IllegalArgumentException("record has no ce_id header"));
        String type = get(h, "ce_type").orElseThrow(() -> new IllegalArgumentException("record has no ce_type header"));
        return new CloudEvent(id, type, get(h, "ce_source").orElse(null), get(h, "ce_subject").orElse(null),
                get(h, "ce_time").map(Instant::parse).orElse(null), record.key(),
                get(h, "ce_correlationid").orElse(null), get(h, "ce_causationid").orElse(null),
                get(h, "ce_causedby").orElse(null), record.value());
    }

    private static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Optional<String> get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
