package com.getpaid.customer.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.getpaid.customer.account.Customer;
import com.getpaid.customer.account.CustomerProfile;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CreditLimitProposed;
import com.getpaid.events.customers.CreditLimitRaiseRequested;
import com.getpaid.events.customers.CreditLimitSet;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.CustomerUpdated;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Limits are the credit manager's; the ERP proposes; a raise above the threshold takes two: given events, when, then. */
class CreditLimitRulesTest {

    static final Instant T0 = Instant.parse("2026-10-01T02:00:00Z");
    static final BigDecimal ALONE = new BigDecimal("200000.00");

    private final List<CustomerEvent> history = new ArrayList<>(List.of(new CustomerRegistered("C-1", "Acme",
            "ap@acme.example", "en", PaymentTerms.netDays(30), new BigDecimal("50000.00"), "CNY", null)));

    private List<CustomerEvent> when(Function<Customer, List<CustomerEvent>> command) {
        List<CustomerEvent> events = command.apply(Customer.from(history));
        history.addAll(events);
        return events;
    }

    private static CustomerProfile card(String limit, String name) {
        return new CustomerProfile("C-1", name, "ap@acme.example", "en", PaymentTerms.netDays(30), new BigDecimal(limit),
                "CNY", null);
    }

    private BigDecimal inForce() {
        return Customer.from(history).card().creditLimit();
    }

    @Test
    void the_erps_raised_limit_is_its_proposal_and_the_limit_in_force_stays() {
        List<CustomerEvent> events = when(c -> c.register(card("80000.00", "Acme Ltd"), "erp-system", T0));
        assertEquals(List.of(new CreditLimitProposed("C-1", "CNY", new BigDecimal("80000.00"), new BigDecimal("50000.00"),
                "erp-system", T0), new CustomerUpdated("C-1", "Acme Ltd", "ap@acme.example", "en", PaymentTerms.netDays(30),
                        new BigDecimal("50000.00"), "CNY", null)), events);
        assertEquals(new BigDecimal("50000.00"), inForce());
        assertEquals(List.of(), when(c -> c.register(card("80000.00", "Acme Ltd"), "erp-system", T0)), "the same card again");
    }

    @Test
    void a_new_customers_opening_limit_is_in_force_as_the_erp_sends_it() {
        history.clear();
        when(c -> c.register(card("5000.00", "Acme"), "erp-system", T0));
        assertEquals(new BigDecimal("5000.00"), inForce());
    }

    @Test
    void a_lowering_or_a_raise_up_to_the_threshold_is_in_force_at_once_by_one_credit_manager() {
        List<CustomerEvent> lowered = when(c -> c.setLimit("CNY", new BigDecimal("30000.00"), "late twice", "wang.fang", ALONE,
                T0));
        assertEquals(new CreditLimitSet("C-1", "CNY", new BigDecimal("50000.00"), new BigDecimal("30000.00"), "late twice",
                "wang.fang", null, T0), lowered.get(0));
        assertEquals(CustomerUpdated.class, lowered.get(1).getClass());
        assertEquals(new BigDecimal("30000.00"), inForce());
        when(c -> c.setLimit("CNY", new BigDecimal("200000.00"), "guarantee", "wang.fang", ALONE, T0));
        assertEquals(new BigDecimal("200000.00"), inForce());
        assertEquals(List.of(), when(c -> c.setLimit("CNY", new BigDecimal("200000.00"), "guarantee", "wang.fang", ALONE, T0)));
    }

    @Test
    void a_raise_above_the_threshold_waits_for_a_second_credit_manager_never_the_requester() {
        CreditLimitRaiseRequested requested = (CreditLimitRaiseRequested) when(c -> c.setLimit("CNY",
                new BigDecimal("300000.00"), "two good years", "wang.fang", ALONE, T0)).get(0);
        assertEquals(new CreditLimitRaiseRequested("C-1", "CNY", new BigDecimal("50000.00"), new BigDecimal("300000.00"),
                "two good years", "wang.fang", T0), requested);
        assertEquals(new BigDecimal("50000.00"), inForce(), "not in force while it waits");
        assertEquals(List.of(), when(c -> c.setLimit("CNY", new BigDecimal("300000.00"), "two good years", "wang.fang", ALONE,
                T0)), "a retry");
        RuleViolated self = assertThrows(RuleViolated.class, () -> Customer.from(history).approveRaise("CNY", "wang.fang", T0));
        assertEquals("approvedBy", self.field());
        List<CustomerEvent> approved = when(c -> c.approveRaise("CNY", "chen.jie", T0.plusSeconds(60)));
        assertEquals(new CreditLimitSet("C-1", "CNY", new BigDecimal("50000.00"), new BigDecimal("300000.00"),
                "two good years", "wang.fang", "chen.jie", T0.plusSeconds(60)), approved.get(0));
        assertEquals(new BigDecimal("300000.00"), inForce());
        assertNull(Customer.from(history).pendingRaise("CNY"));
        assertThrows(AlreadyRecorded.class, () -> Customer.from(history).approveRaise("CNY", "chen.jie", T0));
    }

    @Test
    void in_a_currency_without_a_threshold_every_raise_takes_two_and_a_lowering_supersedes_a_waiting_raise() {
        assertEquals(CreditLimitRaiseRequested.class, when(c -> c.setLimit("USD", new BigDecimal("1.00"), "first USD order",
                "wang.fang", null, T0)).get(0).getClass());
        when(c -> c.setLimit("USD", new BigDecimal("0.00"), "not after all", "wang.fang", null, T0));
        assertNull(Customer.from(history).pendingRaise("USD"));
        when(c -> c.setLimit("USD", new BigDecimal("8000.00"), "USD orders", "wang.fang", null, T0));
        when(c -> c.approveRaise("USD", "chen.jie", T0));
        CustomerProfile card = Customer.from(history).card();
        assertEquals(List.of(new CardDetails.Limit("USD", new BigDecimal("8000.00"))), card.details().creditLimits());
        assertEquals(new BigDecimal("50000.00"), card.creditLimit(), "the card's own currency untouched");
    }
}
