package com.getpaid.customer.hold;

import com.getpaid.customer.account.Customer;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueWork;
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
    private final DueWork dueWork;

    public HoldEvaluator(ExposureLedger ledger, Clock clock, BusinessCalendar calendar, DueWork dueWork) {
        this.dueWork = dueWork;
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
        Exposure exposure = ledger.of(tx.connection(), customerId);
        List<HoldReason> reasons = new ArrayList<>(HoldRules.standing(customer.card(), exposure, customer.grade(),
                calendar.dayOf(now)).stream().filter(r -> !customer.suspends(r.code(), now)).toList());
        if (customer.grade() != null && !exposure.overdue().isEmpty()) {
            // the grace days run out with the calendar: look again tomorrow
            dueWork.schedule(tx.connection(), GraceDaysRunOut.KIND, customerId, calendar.startOf(calendar.dayOf(now)
                    .plusDays(1)));
        }
        reasons.addAll(customer.decidedReasons());
        List<CustomerEvent> events = tx.decide(Customer.KIND, customerId, c -> c.holdFor(reasons, now)).events();
        for (CustomerEvent event : events) {
            LOG.infof("Customer %s: %s %s", customerId, event.getClass().getSimpleName(),
                    reasons.isEmpty() ? "(no reason left)" : reasons.stream().map(HoldReason::message).toList());
        }
    }
}
