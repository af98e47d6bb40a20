package com.getpaid.customer.hold;

import com.getpaid.customer.card.Customer;
import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The one place that decides a customer's supply hold. Listeners and commands only ask it to look
 * again after something changed (Kill Bill's overdue style); it compares the reasons that hold now
 * with the hold on record and appends the difference as events.
 */
@ApplicationScoped
public class HoldEvaluator {

    private static final Logger LOG = Logger.getLogger(HoldEvaluator.class);

    private final Kernel kernel;
    private final ExposureLedger ledger;
    private final Clock clock;
    private final com.getpaid.kit.BusinessCalendar calendar;

    public HoldEvaluator(Kernel kernel, ExposureLedger ledger, Clock clock, com.getpaid.kit.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.kernel = kernel;
        this.ledger = ledger;
        this.clock = clock;
    }

    public void reevaluate(Connection c, String customerId, EventStore.Cause cause) throws Exception {
        Customer customer = Customer.loadForUpdate(kernel.store(), c, customerId);
        if (!customer.registered()) {
            return; // receivables may know the customer before we do; decided when it is registered
        }
        Instant now = clock.instant();
        // the rules' reasons, less those a manager suspended for a while, then the holds placed by decision
        List<HoldReason> reasons = new java.util.ArrayList<>(HoldRules.standing(customer.card(), ledger.of(c, customerId),
                customer.grade(), calendar.dayOf(now)).stream().filter(r -> !customer.suspends(r.code(), now)).toList());
        reasons.addAll(customer.decidedReasons());
        List<CustomerEvent> events = customer.holdFor(reasons, now);
        kernel.store().append(c, Customer.streamId(customerId), customer.version(), events, cause);
        for (CustomerEvent event : events) {
            LOG.infof("Customer %s: %s %s", customerId, event.getClass().getSimpleName(),
                    reasons.isEmpty() ? "(no reason left)" : reasons.stream().map(HoldReason::message).toList());
        }
    }
}
