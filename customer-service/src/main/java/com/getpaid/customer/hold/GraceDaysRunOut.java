package com.getpaid.customer.hold;

import com.getpaid.customer.account.Customer;
import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWorkHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * A graded customer's overdue invoices run out of grace days with the calendar, not with an event: while it has any,
 * its hold is looked at again at the start of each business day. Due work of kind {@value #KIND} keyed by the
 * customer, queued by {@link HoldEvaluator} whenever it finds a graded customer overdue.
 */
@ApplicationScoped
public class GraceDaysRunOut implements DueWorkHandler {

    public static final String KIND = "hold-grace-days";

    private final Commands commands;
    private final HoldEvaluator holds;
    private final ExposureLedger ledger;
    private final BusinessCalendar calendar;

    public GraceDaysRunOut(Commands commands, HoldEvaluator holds, ExposureLedger ledger, BusinessCalendar calendar) {
        this.commands = commands;
        this.holds = holds;
        this.ledger = ledger;
        this.calendar = calendar;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        boolean graded = commands.within(c, EventStore.Cause.by("customer-service: credit watch"), tx -> {
            holds.reevaluate(tx, item.key());
            return tx.load(Customer.KIND, item.key()).grade() != null;
        });
        return graded && !ledger.of(c, item.key()).overdue().isEmpty() ? Optional.of(next()) : Optional.empty();
    }

    /** The start of the next business day: when another day of grace has gone. */
    Instant next() {
        return calendar.startOf(calendar.today().plusDays(1));
    }
}
