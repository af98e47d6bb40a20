package com.getpaid.customer.hold;

import com.getpaid.events.customers.HoldLifted;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.ManualHoldPlaced;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import com.getpaid.events.store.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the customer was on hold at a moment, and why, from its events (the decision log): the hold's state after
 * the last hold event recorded by then, and every decision about holds up to then, each with who caused it.
 */
public record HoldOnDate(String customerId, Instant asOf, boolean onHold, List<HoldReason> reasons, Instant since,
        List<Decision> decisions) {

    /** One decision about the hold: when, which event, by whom, and the reasons or the words it recorded. */
    public record Decision(Instant at, String event, String by, List<HoldReason> reasons, String note) {
    }

    /** The answer for {@code asOf} from the customer's stored events, oldest first. */
    public static HoldOnDate of(String customerId, List<StoredEvent> history, Instant asOf) {
        List<HoldReason> reasons = List.of();
        Instant since = null;
        List<Decision> decisions = new ArrayList<>();
        for (StoredEvent s : history) {
            if (s.occurredAt().isAfter(asOf)) {
                break;
            }
            Object e = s.event();
            if (e instanceof SupplyHoldPlaced p) {
                reasons = p.reasons();
                since = p.since();
                decisions.add(new Decision(s.occurredAt(), s.type(), s.causedBy(), p.reasons(), null));
            } else if (e instanceof SupplyHoldUpdated u) {
                reasons = u.reasons();
                decisions.add(new Decision(s.occurredAt(), s.type(), s.causedBy(), u.reasons(), null));
            } else if (e instanceof SupplyHoldReleased r) {
                reasons = List.of();
                since = null;
                decisions.add(new Decision(s.occurredAt(), s.type(), s.causedBy(), r.resolved(), null));
            } else if (e instanceof ManualHoldPlaced m) {
                decisions.add(new Decision(s.occurredAt(), s.type(), s.causedBy(), List.of(), m.reason()));
            } else if (e instanceof HoldLifted l) {
                decisions.add(new Decision(s.occurredAt(), s.type(), s.causedBy(), List.of(), l.reason()
                        + (l.until() == null ? "" : " (automatic reasons " + l.suspended() + " suspended until " + l.until() + ")")));
            } else if (e instanceof RiskSignalDetected r && r.placesHold()) {
                decisions.add(new Decision(s.occurredAt(), s.type(), s.causedBy(), List.of(), r.severity() + " " + r.signal()
                        + ": " + r.evidence()));
            }
        }
        return new HoldOnDate(customerId, asOf, !reasons.isEmpty(), reasons, since, decisions);
    }
}
