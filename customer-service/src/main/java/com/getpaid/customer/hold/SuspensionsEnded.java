package com.getpaid.customer.hold;

import com.getpaid.events.store.EventStore;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWorkHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * When a manager's suspension of the automatic hold reasons ends, the hold is looked at again: a customer still over its
 * limit or overdue is held again, with the reasons. Due work of kind {@value #KIND} keyed by the customer, queued by
 * {@link HoldDecisions#lift} at the suspension's end (re-evaluating changes nothing when nothing changed, so a repeat is
 * harmless).
 */
@ApplicationScoped
public class SuspensionsEnded implements DueWorkHandler {

    public static final String KIND = "hold-suspension-end";

    private final Commands commands;
    private final HoldEvaluator holds;

    public SuspensionsEnded(Commands commands, HoldEvaluator holds) {
        this.commands = commands;
        this.holds = holds;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        commands.within(c, EventStore.Cause.by("customer-service: end of a hold suspension"), tx -> {
            holds.reevaluate(tx, item.key());
            return null;
        });
        return Optional.empty();
    }
}
