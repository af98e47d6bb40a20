package com.getpaid.customer.hold;

import com.getpaid.customer.account.Customer;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueWork;
import com.getpaid.kit.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final Commands commands;
    private final HoldEvaluator holds;
    private final Clock clock;
    private final boolean highSignalHolds;
    private final DueWork dueWork;

    public HoldDecisions(Kernel kernel, Commands commands, HoldEvaluator holds, Clock clock, DueWork dueWork,
            @ConfigProperty(name = "customers.risk.high-signal-holds", defaultValue = "true") boolean highSignalHolds) {
        this.kernel = kernel;
        this.commands = commands;
        this.holds = holds;
        this.clock = clock;
        this.highSignalHolds = highSignalHolds;
        this.dueWork = dueWork;
    }

    public List<CustomerEvent> placeManualHold(String customerId, String reason, String by) {
        return commands.run(tx -> decide(tx, known(tx, customerId), (customer, now) -> customer.placeManualHold(reason, by,
                now)));
    }

    /** Lifts the holds; {@code until}, when sent, is in the future (the resource checks it against the clock). */
    public List<CustomerEvent> lift(String customerId, String reason, String by, Instant until) {
        return commands.run(tx -> {
            List<CustomerEvent> lifted = decide(tx, known(tx, customerId), (customer, now) -> customer.liftHolds(reason, by,
                    until, now));
            if (until != null) {
                dueWork.reschedule(tx.connection(), SuspensionsEnded.KIND, customerId, until); // the hold looked at again then
            }
            return lifted;
        });
    }

    /** A risk signal reported by staff. */
    public List<CustomerEvent> report(String customerId, String signalId, String signal, String severity, String note,
            String by) {
        return commands.run(tx -> decide(tx, known(tx, customerId), (customer, now) -> customer.riskSignal(signalId, signal,
                severity, note, by, now, highSignalHolds)));
    }

    /**
     * A risk signal derived from another service's events, inside its consumer's transaction; none for an unknown
     * customer, and none raised twice for the same cause (its id) in the transaction.
     */
    public List<CustomerEvent> derived(Commands.Tx tx, String customerId, String signalId, String signal, String severity,
            String evidence, String source) throws Exception {
        if (tx.decided(RiskSignalDetected.class).stream().anyMatch(s -> s.signalId().equals(signalId))) {
            return List.of();
        }
        return decide(tx, customerId, (customer, now) -> customer.riskSignal(signalId, signal, severity, evidence, source,
                now, highSignalHolds));
    }

    /** The hold as it stood at {@code at}, from the customer's events. */
    public HoldOnDate asOf(String customerId, Instant at) {
        var history = kernel.transact(c -> kernel.store().load(c, Customer.streamId(customerId)));
        if (history.isEmpty()) {
            throw new NotFound("No customer '" + customerId + "'");
        }
        return HoldOnDate.of(customerId, history, at);
    }

    /** The customer's id when it is registered; 404 otherwise. */
    private static String known(Commands.Tx tx, String customerId) throws Exception {
        if (!tx.load(Customer.KIND, customerId).registered()) {
            throw new NotFound("No customer '" + customerId + "'");
        }
        return customerId;
    }

    private List<CustomerEvent> decide(Commands.Tx tx, String customerId,
            BiFunction<Customer, Instant, List<CustomerEvent>> decision) throws Exception {
        if (!tx.load(Customer.KIND, customerId).registered()) {
            return List.of(); // a person's command answers 404 before this; a derived signal waits for no unknown customer
        }
        Instant now = clock.instant();
        List<CustomerEvent> events = tx.decide(Customer.KIND, customerId, customer -> decision.apply(customer, now)).events();
        for (CustomerEvent e : events) {
            LOG.infof("Customer %s: %s, by %s", customerId, e.getClass().getSimpleName(), tx.cause().causedBy());
        }
        if (!events.isEmpty()) {
            holds.reevaluate(tx, customerId);
        }
        return events;
    }
}
