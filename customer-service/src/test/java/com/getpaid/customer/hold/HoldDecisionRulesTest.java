package com.getpaid.customer.hold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.customer.account.Customer;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.HoldLifted;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.ManualHoldPlaced;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.domain.AlreadyRecorded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Holds decided by people and by risk, and the answer for any past moment: given events, when, then. */
class HoldDecisionRulesTest {

    static final Instant T0 = Instant.parse("2026-10-01T02:00:00Z");
    static final HoldReason MANUAL = new HoldReason(HoldReason.MANUAL_HOLD, "Held by hand by Wang Fang: owner gone");

    private final List<CustomerEvent> history = new ArrayList<>(List.of(new CustomerRegistered("C-1", "Acme", "ap@acme.example",
            "en", PaymentTerms.netDays(30), new BigDecimal("5000.00"), "CNY", null)));

    private Customer customer() {
        return Customer.from(history);
    }

    private List<CustomerEvent> when(java.util.function.Function<Customer, List<CustomerEvent>> command) {
        List<CustomerEvent> events = command.apply(customer());
        history.addAll(events);
        return events;
    }

    @Test
    void a_manual_hold_stands_until_lifted_and_placing_it_twice_records_it_once() {
        assertEquals(1, when(c -> c.placeManualHold("owner gone", "Wang Fang", T0)).size());
        assertEquals(List.of(), when(c -> c.placeManualHold("owner gone", "Wang Fang", T0)));
        assertEquals(List.of(HoldReason.MANUAL_HOLD), customer().decidedReasons().stream().map(HoldReason::code).toList());
        HoldLifted lifted = (HoldLifted) when(c -> c.liftHolds("paid in cash", "Wang Fang", null, T0)).get(0);
        assertEquals(List.of(HoldReason.MANUAL_HOLD), lifted.lifted());
        assertEquals(List.of(), customer().decidedReasons());
    }

    @Test
    void a_high_signal_holds_while_the_policy_says_so_and_a_lower_one_never() {
        RiskSignalDetected high = (RiskSignalDetected) when(c -> c.riskSignal("RS-1", "RELOCATION_OR_CLOSURE", "HIGH",
                "warehouse empty", "li.na", T0, true)).get(0);
        assertTrue(high.placesHold());
        assertEquals(List.of(HoldReason.RISK_SIGNAL), customer().decidedReasons().stream().map(HoldReason::code).toList());
        assertTrue(customer().decidedReasons().get(0).message().contains("warehouse empty"));
        assertFalse(((RiskSignalDetected) when(c -> c.riskSignal("RS-2", "PRICE_DUMPING", "MEDIUM", "sells below cost",
                "li.na", T0, true)).get(0)).placesHold());
        assertFalse(((RiskSignalDetected) when(c -> c.riskSignal("RS-3", "OTHER", "HIGH", "rumour", "li.na", T0, false))
                .get(0)).placesHold(), "the policy off: a HIGH signal is recorded, supply goes on");
    }

    @Test
    void nothing_to_lift_is_refused_and_an_automatic_hold_can_only_be_suspended_for_a_stated_period() {
        AlreadyRecorded none = assertThrows(AlreadyRecorded.class, () -> customer().liftHolds("why", "Wang Fang", null, T0));
        assertEquals("customerId", none.field());
        history.add(new SupplyHoldPlaced("C-1", List.of(new HoldReason(HoldReason.CREDIT_LIMIT_EXCEEDED, "over")), T0));
        AlreadyRecorded automatic = assertThrows(AlreadyRecorded.class, () -> customer().liftHolds("why", "Wang Fang", null, T0));
        assertTrue(automatic.getMessage().contains("send until"), automatic.getMessage());
        Instant until = T0.plusSeconds(7 * 86400);
        HoldLifted lifted = (HoldLifted) when(c -> c.liftHolds("guarantee", "Wang Fang", until, T0)).get(0);
        assertEquals(List.of(HoldReason.CREDIT_LIMIT_EXCEEDED), lifted.suspended());
        assertTrue(customer().suspends(HoldReason.CREDIT_LIMIT_EXCEEDED, T0.plusSeconds(86400)));
        assertFalse(customer().suspends(HoldReason.CREDIT_LIMIT_EXCEEDED, until), "the suspension ends at until");
    }

    static StoredEvent stored(CustomerEvent event, Instant at, String by) {
        return new StoredEvent(0, UUID.randomUUID(), "customer-C-1", 0, event.getClass().getSimpleName(), event, at, null, null, by);
    }

    @Test
    void the_hold_on_any_date_after_a_place_release_place_sequence() {
        Instant placed = T0, released = T0.plusSeconds(86400), placedAgain = T0.plusSeconds(3 * 86400);
        List<StoredEvent> log = List.of(
                stored(new ManualHoldPlaced("C-1", "owner gone", "Wang Fang", placed), placed, "wang.fang (credit-manager)"),
                stored(new SupplyHoldPlaced("C-1", List.of(MANUAL), placed), placed, "wang.fang (credit-manager)"),
                stored(new HoldLifted("C-1", List.of(HoldReason.MANUAL_HOLD), List.of(), null, "owner back", "Wang Fang", released),
                        released, "wang.fang (credit-manager)"),
                stored(new SupplyHoldReleased("C-1", List.of(MANUAL), released), released, "wang.fang (credit-manager)"),
                stored(new RiskSignalDetected("RS-9", "C-1", "KEY_PEOPLE_CHANGE", "HIGH", "finance head left", placedAgain,
                        "li.na", true), placedAgain, "li.na (collector)"),
                stored(new SupplyHoldPlaced("C-1", List.of(new HoldReason(HoldReason.RISK_SIGNAL, "HIGH risk signal")),
                        placedAgain), placedAgain, "li.na (collector)"));
        assertFalse(HoldOnDate.of("C-1", log, placed.minusSeconds(1)).onHold(), "before anything");
        HoldOnDate first = HoldOnDate.of("C-1", log, placed.plusSeconds(3600));
        assertTrue(first.onHold());
        assertEquals(List.of(HoldReason.MANUAL_HOLD), first.reasons().stream().map(HoldReason::code).toList());
        assertEquals(placed, first.since());
        assertEquals("wang.fang (credit-manager)", first.decisions().get(0).by());
        HoldOnDate between = HoldOnDate.of("C-1", log, released.plusSeconds(3600));
        assertFalse(between.onHold());
        assertEquals(List.of("ManualHoldPlaced", "SupplyHoldPlaced", "HoldLifted", "SupplyHoldReleased"),
                between.decisions().stream().map(HoldOnDate.Decision::event).toList());
        HoldOnDate again = HoldOnDate.of("C-1", log, placedAgain);
        assertTrue(again.onHold());
        assertEquals(List.of(HoldReason.RISK_SIGNAL), again.reasons().stream().map(HoldReason::code).toList());
        assertEquals(placedAgain, again.since());
    }
}
