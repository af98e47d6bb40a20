package com.getpaid.customer.hold;

import com.getpaid.customer.card.Customer;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Holds decided by people and by risk: a manual hold, lifting holds (with a period for the automatic ones), and risk
 * signals, of which a HIGH one stops supply while {@code customers.risk.high-signal-holds} (on by default). Each is an
 * event on the customer's stream, followed in the same transaction by the hold it leads to, so the decision log says
 * who decided and why.
 */
@ApplicationScoped
public class HoldDecisions {

    private static final Logger LOG = Logger.getLogger(HoldDecisions.class);

    private final Kernel kernel;
    private final HoldEvaluator holds;
    private final Actors actors;
    private final Clock clock;
    private final boolean highSignalHolds;

    public HoldDecisions(Kernel kernel, HoldEvaluator holds, Actors actors, Clock clock,
            @ConfigProperty(name = "customers.risk.high-signal-holds", defaultValue = "true") boolean highSignalHolds) {
        this.kernel = kernel;
        this.holds = holds;
        this.actors = actors;
        this.clock = clock;
        this.highSignalHolds = highSignalHolds;
    }

    public List<StoredEvent> placeManualHold(String customerId, String reason, String by) {
        return kernel.transact(c -> decide(c, known(c, customerId), actors.cause(), (customer, now) -> customer.placeManualHold(
                reason, by, now)));
    }

    public List<StoredEvent> lift(String customerId, String reason, String by, Instant until) {
        if (until != null && !until.isAfter(clock.instant())) {
            throw ApiProblem.invalid("until", "is not in the future");
        }
        return kernel.transact(c -> decide(c, known(c, customerId), actors.cause(), (customer, now) -> customer.liftHolds(reason,
                by, until, now)));
    }

    /** A risk signal reported by staff. */
    public List<StoredEvent> report(String customerId, String signalId, String signal, String severity, String note, String by) {
        return kernel.transact(c -> decide(c, known(c, customerId), actors.cause(), (customer, now) -> customer.riskSignal(
                signalId, signal, severity, note, by, now, highSignalHolds)));
    }

    /** A risk signal derived from another service's events, inside its consumer's transaction; none for an unknown customer. */
    public List<StoredEvent> derived(Connection c, String customerId, EventStore.Cause cause, String signalId, String signal,
            String severity, String evidence, String source) throws Exception {
        return decide(c, customerId, cause, (customer, now) -> customer.riskSignal(signalId, signal, severity, evidence, source,
                now, highSignalHolds));
    }

    /** The hold as it stood at {@code at}, from the customer's events. */
    public HoldOnDate asOf(String customerId, Instant at) {
        var history = kernel.transact(c -> kernel.store().load(c, Customer.streamId(customerId)));
        if (history.isEmpty()) {
            throw ApiProblem.notFound("No customer '" + customerId + "'");
        }
        return HoldOnDate.of(customerId, history, at);
    }

    /** The customer's risk signals, newest first. */
    public List<com.getpaid.customer.risk.RiskSignalResource.SignalView> signals(String customerId) {
        return kernel.transact(c -> com.getpaid.events.store.Sql.list(c, "SELECT * FROM risk_signal_view WHERE customer_id = ? "
                + "ORDER BY detected_at DESC, signal_id LIMIT 500", rs -> new com.getpaid.customer.risk.RiskSignalResource.SignalView(
                        rs.getString("signal_id"), rs.getString("signal"), rs.getString("severity"), rs.getString("evidence"),
                        rs.getString("source"), rs.getBoolean("places_hold"), com.getpaid.events.store.Sql.instant(rs,
                                "detected_at")), customerId));
    }

    /** The customer's id when it is registered; 404 otherwise. */
    private static String known(Connection c, String customerId) throws Exception {
        if (com.getpaid.events.store.Sql.one(c, "SELECT 1 FROM customer_card WHERE customer_id = ?", rs -> 1, customerId)
                .isEmpty()) {
            throw ApiProblem.notFound("No customer '" + customerId + "'");
        }
        return customerId;
    }

    private List<StoredEvent> decide(Connection c, String customerId, EventStore.Cause cause,
            BiFunction<Customer, Instant, List<CustomerEvent>> decision) throws Exception {
        String stream = Customer.streamId(customerId);
        Customer customer = Customer.loadForUpdate(kernel.store(), c, customerId);
        if (!customer.registered()) {
            return List.of(); // a person's command answers 404 before this; a derived signal waits for no unknown customer
        }
        List<CustomerEvent> events = decision.apply(customer, clock.instant());
        List<StoredEvent> stored = kernel.store().append(c, stream, customer.version(), events, cause);
        for (StoredEvent s : stored) {
            LOG.infof("Customer %s: %s, by %s", customerId, s.type(), cause.causedBy());
        }
        if (!stored.isEmpty()) {
            holds.reevaluate(c, customerId, cause);
        }
        return stored;
    }
}
