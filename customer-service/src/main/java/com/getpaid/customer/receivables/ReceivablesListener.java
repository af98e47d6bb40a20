package com.getpaid.customer.receivables;

import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.customer.hold.HoldEvaluator;
import com.getpaid.customer.risk.DerivedSignals;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.kit.messaging.TopicConsumer;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What receivables-service reports moves the customer's exposure ({@link ExposureLedger}); the hold is then looked at
 * again, once per customer for the batch, and the risk rules look at it ({@link DerivedSignals}, a broken promise
 * among them). The customer's stream is loaded once and appended once per batch.
 */
@Startup // subscribes at start-up: a parked key can be retried before any record arrives
@ApplicationScoped
public class ReceivablesListener {

    public static final String CHANNEL = "receivables";

    private final TopicConsumer topic;
    private final ExposureLedger ledger;
    private final HoldEvaluator holds;
    private final DerivedSignals signals;

    public ReceivablesListener(EventConsumer consumer, ExposureLedger ledger, HoldEvaluator holds, DerivedSignals signals) {
        this.signals = signals;
        this.ledger = ledger;
        this.holds = holds;
        this.topic = consumer.subscribe(CHANNEL, ReceivableEvent.class,
                "customer-service: consumer of receivables.v1", (tx, envelope, event) -> {
            if (ledger.apply(tx.connection(), event)) {
                holds.reevaluate(tx, event.customerId());
            }
            signals.after(tx, event);
        });
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        topic.consume(records);
    }
}
