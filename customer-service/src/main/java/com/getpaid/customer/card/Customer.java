package com.getpaid.customer.card;

import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.CustomerUpdated;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import java.time.Instant;
import java.util.List;

/**
 * The customer aggregate: its card and its supply hold. It decides which events a command causes;
 * its state changes only by applying events.
 */
public final class Customer {

    private RegisterCustomer card;
    private List<HoldReason> holdReasons = List.of();
    private long version;

    public static String streamId(String customerId) {
        return "customer-" + customerId;
    }

    public static Customer from(List<CustomerEvent> history) {
        Customer customer = new Customer();
        history.forEach(customer::apply);
        return customer;
    }

    public boolean registered() {
        return card != null;
    }

    public RegisterCustomer card() {
        return card;
    }

    public long version() {
        return version;
    }

    public boolean onHold() {
        return !holdReasons.isEmpty();
    }

    /** Registers a new customer, updates a known one, or does nothing when the card is unchanged. */
    public List<CustomerEvent> register(RegisterCustomer c) {
        if (c.equals(card)) {
            return List.of();
        }
        CustomerEvent event = card == null
                ? new CustomerRegistered(c.customerId(), c.name(), c.email(), c.preferredLanguage(), c.paymentTerms(),
                        c.creditLimit(), c.currency(), c.collection())
                : new CustomerUpdated(c.customerId(), c.name(), c.email(), c.preferredLanguage(), c.paymentTerms(),
                        c.creditLimit(), c.currency(), c.collection());
        return List.of(event);
    }

    /**
     * Brings the hold in line with the reasons that hold now: placed when the first reason appears,
     * updated when they change, released when none is left ("前款不结后货不送").
     */
    public List<CustomerEvent> holdFor(List<HoldReason> reasons, Instant now) {
        if (card == null || codes(reasons).equals(codes(holdReasons))) {
            return List.of(); // same causes (the wording's amounts may have moved): nothing to record
        }
        String id = card.customerId();
        if (holdReasons.isEmpty()) {
            return List.of(new SupplyHoldPlaced(id, reasons, now));
        }
        if (reasons.isEmpty()) {
            return List.of(new SupplyHoldReleased(id, holdReasons, now));
        }
        return List.of(new SupplyHoldUpdated(id, reasons, now));
    }

    private static List<String> codes(List<HoldReason> reasons) {
        return reasons.stream().map(HoldReason::code).toList();
    }

    void apply(CustomerEvent event) {
        version++;
        if (event instanceof CustomerCardChanged e) {
            card = RegisterCustomer.of(e);
        } else if (event instanceof SupplyHoldPlaced e) {
            holdReasons = e.reasons();
        } else if (event instanceof SupplyHoldUpdated e) {
            holdReasons = e.reasons();
        } else if (event instanceof SupplyHoldReleased) {
            holdReasons = List.of();
        }
    }
}
