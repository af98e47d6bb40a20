package com.getpaid.customer.hold;

import com.getpaid.events.customers.CreditLimitProposed;
import com.getpaid.events.customers.CreditLimitRaiseRequested;
import com.getpaid.events.customers.CreditLimitSet;
import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CreditReviewDue;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.CustomerUpdated;
import com.getpaid.events.customers.HoldLifted;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.ManualHoldPlaced;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.dispatch.Dispatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the customer was on hold at a moment, and why, from its events (the decision log): the hold's state after
 * the last hold event recorded by then, and every decision about holds up to then, each with who caused it.
 */
public record HoldOnDate(String customerId, Instant asOf, boolean onHold, List<HoldReason> reasons, Instant since,
        List<Decision> decisions) {

    /** The hold as the viewer (dashboards) sees it: whether, since when, and the reasons' codes; no words, no people. */
    public record Glance(String customerId, Instant asOf, boolean onHold, List<Code> reasons, Instant since) {
    }

    /** A reason's code alone. */
    public record Code(String code) {
    }

    public Glance glance() {
        return new Glance(customerId, asOf, onHold, reasons.stream().map(r -> new Code(r.code())).toList(), since);
    }

    /** One decision about the hold: when, which event, by whom, and the reasons or the words it recorded. */
    public record Decision(Instant at, String event, String by, List<HoldReason> reasons, String note) {
    }

    /** The hold as read so far, event by event. */
    private static final class Reading {
        StoredEvent stored;
        List<HoldReason> reasons = List.of();
        Instant since;
        final List<Decision> decisions = new ArrayList<>();

        void decided(List<HoldReason> why, String note) {
            decisions.add(new Decision(stored.occurredAt(), stored.type(), stored.causedBy(), why, note));
        }
    }

    private static final Dispatch<Reading, CustomerEvent> READ = Dispatch.<Reading, CustomerEvent>over(CustomerEvent.class)
            .on(SupplyHoldPlaced.class, (r, e) -> {
                r.reasons = e.reasons();
                r.since = e.since();
                r.decided(e.reasons(), null);
            })
            .on(SupplyHoldUpdated.class, (r, e) -> {
                r.reasons = e.reasons();
                r.decided(e.reasons(), null);
            })
            .on(SupplyHoldReleased.class, (r, e) -> {
                r.reasons = List.of();
                r.since = null;
                r.decided(e.resolved(), null);
            })
            .on(ManualHoldPlaced.class, (r, e) -> r.decided(List.of(), e.reason()))
            .on(HoldLifted.class, (r, e) -> r.decided(List.of(), e.reason() + (e.until() == null ? ""
                    : " (automatic reasons " + e.suspended() + " suspended until " + e.until() + ")")))
            .on(RiskSignalDetected.class, (r, e) -> {
                if (e.placesHold()) {
                    r.decided(List.of(), e.severity() + " " + e.signal() + ": " + e.evidence());
                }
            })
            .on(CreditLimitSet.class, (r, e) -> r.decided(List.of(), "Credit limit " + e.currency() + " "
                    + e.from().toPlainString() + " -> " + e.to().toPlainString() + " set by " + e.requestedBy()
                    + (e.approvedBy() == null ? "" : ", approved by " + e.approvedBy())))
            // not decisions about the hold
            .ignore(CustomerRegistered.class, CustomerUpdated.class, CreditAssessed.class, CreditReviewDue.class,
                    AccountHandedOver.class, CreditLimitProposed.class, CreditLimitRaiseRequested.class)
            .build();

    /** The answer for {@code asOf} from the customer's stored events, oldest first. */
    public static HoldOnDate of(String customerId, List<StoredEvent> history, Instant asOf) {
        Reading reading = new Reading();
        for (StoredEvent s : history) {
            if (s.occurredAt().isAfter(asOf)) {
                break;
            }
            reading.stored = s;
            READ.apply(reading, (CustomerEvent) s.event());
        }
        return new HoldOnDate(customerId, asOf, !reading.reasons.isEmpty(), reading.reasons, reading.since,
                reading.decisions);
    }
}
