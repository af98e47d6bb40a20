package com.getpaid.customer.exposure;

import com.getpaid.customer.hold.HoldEvaluator;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** What receivables-service reports moves the customer's exposure; the hold is then looked at again. */
@ApplicationScoped
public class ReceivablesListener {

    public static final String CHANNEL = "receivables";

    private final EventConsumer consumer;
    private final ExposureLedger ledger;
    private final HoldEvaluator holds;

    public ReceivablesListener(EventConsumer consumer, ExposureLedger ledger, HoldEvaluator holds) {
        this.consumer = consumer;
        this.ledger = ledger;
        this.holds = holds;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (ledger.apply(c, event)) {
                holds.reevaluate(c, event.customerId(), EventStore.Cause.following(envelope,
                        "customer-service: consumer of receivables.v1"));
            }
        });
    }

}
