package com.getpaid.customer.hold;

import com.getpaid.customer.account.Customer;
import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Commands;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The one place that decides a customer's supply hold. Listeners and commands only ask it to look
 * again after something changed (Kill Bill's overdue style); it compares the reasons that hold now
 * with the hold on record and decides the difference. Asked any number of times in a transaction (a
 * consumer's batch of twenty payments of one customer), it looks once, just before the append.
 */
@ApplicationScoped
public class HoldEvaluator {

    private static final Logger LOG = Logger.getLogger(HoldEvaluator.class);

    private final ExposureLedger ledger;
    private final Clock clock;
    private final BusinessCalendar calendar;

    public HoldEvaluator(ExposureLedger ledger, Clock clock, BusinessCalendar calendar) {
        this.calendar = calendar;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Looks at the customer's hold again once, before the transaction appends. */
    public void reevaluate(Commands.Tx tx, String customerId) {
        tx.beforeAppend("holds:" + customerId, t -> evaluate(t, customerId));
    }

    private void evaluate(Commands.Tx tx, String customerId) throws Exception {
        Customer customer = tx.load(Customer.KIND, customerId);
        if (!customer.registered()) {
            return; // receivables may know the customer before we do; decided when it is registered
        }
        Instant now = clock.instant();
        // the rules' reasons, less those a manager suspended for a while, then the holds placed by decision
        List<HoldReason> reasons = new ArrayList<>(HoldRules.standing(customer.card(), ledger.of(tx.connection(), customerId),
                customer.grade(), calendar.dayOf(now)).stream().filter(r -> !customer.suspends(r.code(), now)).toList());
        reasons.addAll(customer.decidedReasons());
        List<CustomerEvent> events = tx.decide(Customer.KIND, customerId, c -> c.holdFor(reasons, now)).events();
        for (CustomerEvent event : events) {
            LOG.infof("Customer %s: %s %s", customerId, event.getClass().getSimpleName(),
                    reasons.isEmpty() ? "(no reason left)" : reasons.stream().map(HoldReason::message).toList());
        }
    }
}
