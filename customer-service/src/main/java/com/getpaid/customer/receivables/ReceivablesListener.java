package com.getpaid.customer.receivables;

import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.customer.hold.HoldEvaluator;
import com.getpaid.customer.risk.DerivedSignals;
import com.getpaid.events.receivables.ReceivableEvent;
import com.getpaid.kit.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What receivables-service reports moves the customer's exposure ({@link ExposureLedger}); the hold is then looked at
 * again, once per customer for the batch, and the risk rules look at it ({@link DerivedSignals}, a broken promise
 * among them). The customer's stream is loaded once and appended once per batch.
 */
@ApplicationScoped
public class ReceivablesListener {

    public static final String CHANNEL = "receivables";

    private final EventConsumer consumer;
    private final ExposureLedger ledger;
    private final HoldEvaluator holds;
    private final DerivedSignals signals;

    public ReceivablesListener(EventConsumer consumer, ExposureLedger ledger, HoldEvaluator holds, DerivedSignals signals) {
        this.signals = signals;
        this.consumer = consumer;
        this.ledger = ledger;
        this.holds = holds;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, ReceivableEvent.class, "customer-service: consumer of receivables.v1", (tx, envelope, event) -> {
            if (ledger.apply(tx.connection(), event)) {
                holds.reevaluate(tx, event.customerId());
            }
            signals.after(tx, event);
        });
    }
}
