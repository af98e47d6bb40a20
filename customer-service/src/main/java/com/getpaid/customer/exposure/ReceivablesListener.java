package com.getpaid.customer.exposure;

import com.getpaid.customer.hold.HoldDecisions;
import com.getpaid.customer.hold.HoldEvaluator;
import com.getpaid.customer.risk.DerivedSignals;
import com.getpaid.events.receivables.PromiseBroken;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What receivables-service reports moves the customer's exposure; the hold is then looked at again. A broken promise is
 * also a risk signal.
 */
@ApplicationScoped
public class ReceivablesListener {

    public static final String CHANNEL = "receivables";

    private final EventConsumer consumer;
    private final ExposureLedger ledger;
    private final HoldEvaluator holds;
    private final HoldDecisions decisions;
    private final DerivedSignals signals;

    public ReceivablesListener(EventConsumer consumer, ExposureLedger ledger, HoldEvaluator holds, HoldDecisions decisions,
            DerivedSignals signals) {
        this.signals = signals;
        this.consumer = consumer;
        this.ledger = ledger;
        this.holds = holds;
        this.decisions = decisions;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            EventStore.Cause cause = EventStore.Cause.following(envelope, "customer-service: consumer of receivables.v1");
            if (ledger.apply(c, event)) {
                holds.reevaluate(c, event.customerId(), cause);
            }
            signals.after(c, cause, event);
            if (event instanceof PromiseBroken e) {
                // a promise broken is a risk signal (MEDIUM: it weighs in the grade and the worklist, it stops nothing)
                decisions.derived(c, e.customerId(), cause, "BROKEN_PROMISE-" + e.promiseId(), "BROKEN_PROMISE", "MEDIUM",
                        "Promise " + e.promiseId() + " to pay " + e.amount().toPlainString() + " " + e.currency() + " by "
                                + e.promisedFor() + " " + e.outcome().toLowerCase().replace('_', ' ') + ": "
                                + e.paid().toPlainString() + " paid", "receivables-service");
            }
        });
    }

}
