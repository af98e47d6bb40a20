package com.getpaid.kit.messaging;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.DomainEvent;
import com.getpaid.events.store.Inbox;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.KernelConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The idempotent consumer: each event is handled in one transaction together with its inbox
 * record, so a redelivery changes nothing. Conflicts are retried by the kernel, a database outage is
 * waited out; an event that cannot be read or handled throws, and the channel's dead-letter
 * strategy moves it to the service's dead-letter topic with the reason, so the partition goes on.
 */
@ApplicationScoped
public class EventConsumer {

    @FunctionalInterface
    public interface Handler {
        void handle(Connection connection, CloudEvent envelope, DomainEvent event) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Kernel kernel;
    private final KernelConfig config;

    public EventConsumer(Kernel kernel, KernelConfig config) {
        this.kernel = kernel;
        this.config = config;
    }

    public void consume(ConsumerRecord<String, String> record, Handler handler) {
        CloudEvent envelope;
        DomainEvent event;
        try {
            envelope = CloudEvent.fromRecord(record);
            event = envelope.event();
        } catch (RuntimeException e) {
            LOG.errorf("Cannot read record %s-%d@%d (key %s): %s; sending it to the dead-letter topic",
                    record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
            throw e;
        }
        boolean handled;
        try {
            // a database outage delays the event (up to the patience) instead of dead-lettering it
            handled = kernel.transactPatiently(c -> {
                if (!Inbox.firstDelivery(c, envelope.id(), envelope.type(), envelope.source())) {
                    return false;
                }
                handler.handle(c, envelope, event);
                return true;
            }, config.consumer().outagePatience(), "handling " + envelope.type() + " " + envelope.id());
        } catch (RuntimeException e) {
            LOG.errorf("%s cannot handle %s %s of customer %s: %s; sending it to the dead-letter topic",
                    config.source(), envelope.type(), envelope.id(), envelope.key(), e.toString());
            throw e;
        }
        if (handled) {
            LOG.debugf("%s handled %s %s of customer %s", config.source(), envelope.type(), envelope.subject(), envelope.key());
        } else {
            LOG.debugf("%s skipped %s %s: already processed", config.source(), envelope.type(), envelope.id());
        }
    }
}
