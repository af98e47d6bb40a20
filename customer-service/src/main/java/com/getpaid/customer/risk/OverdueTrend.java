package com.getpaid.customer.risk;

import com.getpaid.events.store.EventStore;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWorkHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/** One customer's overdue trend after this month's reading: four readings up three times raise OVERDUE_GROWING. */
@ApplicationScoped
public class OverdueTrend implements DueWorkHandler {

    public static final String KIND = "overdue-trend";
    static final EventStore.Cause CAUSE = EventStore.Cause.by("customer-service: overdue trend");

    private final Commands commands;
    private final DerivedSignals signals;
    private final BusinessCalendar calendar;

    public OverdueTrend(Commands commands, DerivedSignals signals, BusinessCalendar calendar) {
        this.commands = commands;
        this.signals = signals;
        this.calendar = calendar;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        commands.within(c, CAUSE, tx -> {
            signals.trend(tx, item.key(), calendar.today().withDayOfMonth(1));
            return null;
        });
        return Optional.empty();
    }
}
