package com.getpaid.customer.clearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.customer.account.CustomerProfile;
import com.getpaid.customer.account.Suspension;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.PaymentTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A manager's suspension of hold reasons lets shipments through for those reasons until it ends, never past the limit. */
class SuspendedClearanceTest {

    static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
    static final Instant UNTIL = NOW.plusSeconds(7 * 86400);
    static final Currency CNY = Currency.getInstance("CNY");

    static CustomerProfile card(PaymentTerms terms) {
        return new CustomerProfile("C-S", "Suspended Ltd", "ap@s.example", "zh-CN", terms, new BigDecimal("10000.00"), "CNY",
                null);
    }

    /** 3,000.00 open, INV-1 (1,000.00) overdue since 2026-10-20, INV-1 and INV-2 unpaid. */
    static final Exposure EXPOSURE = new Exposure(Map.of("CNY", new Exposure.Totals(new BigDecimal("3000.00"),
            new BigDecimal("1000.00"), BigDecimal.ZERO)), List.of(new Exposure.OverdueInvoice("INV-1",
                    LocalDate.of(2026, 10, 20), new BigDecimal("1000.00"), "CNY")), List.of("INV-1", "INV-2"));

    static List<String> refusals(PaymentTerms terms, String amount, Suspension suspension, Instant at) {
        return ShipmentClearances.decide(card(terms), EXPOSURE, new BigDecimal(amount), CNY, List.of(), suspension, at)
                .reasons().stream().map(HoldReason::code).toList();
    }

    @Test
    void overdue_cash_on_delivery_ships_while_suspended_and_is_refused_again_when_the_suspension_ends() {
        Suspension suspended = new Suspension(List.of(HoldReason.OVERDUE_CASH_ON_DELIVERY), UNTIL);
        assertEquals(List.of(HoldReason.OVERDUE_CASH_ON_DELIVERY), refusals(PaymentTerms.cashOnDelivery(), "500.00",
                Suspension.NONE, NOW));
        ShipmentClearance cleared = ShipmentClearances.decide(card(PaymentTerms.cashOnDelivery()), EXPOSURE,
                new BigDecimal("500.00"), CNY, List.of(), suspended, NOW);
        assertTrue(cleared.cleared(), cleared.reasons().toString());
        assertEquals(List.of(HoldReason.OVERDUE_CASH_ON_DELIVERY), refusals(PaymentTerms.cashOnDelivery(), "500.00",
                suspended, UNTIL), "the suspension ends at until");
    }

    @Test
    void unsettled_deliveries_ship_while_suspended() {
        PaymentTerms twoSettleOne = new PaymentTerms(PaymentTerms.DELIVER_TWO_SETTLE_ONE, 30, null, null);
        assertEquals(List.of(HoldReason.UNSETTLED_DELIVERIES), refusals(twoSettleOne, "500.00", Suspension.NONE, NOW));
        assertEquals(List.of(), refusals(twoSettleOne, "500.00", new Suspension(List.of(HoldReason.UNSETTLED_DELIVERIES),
                UNTIL), NOW));
    }

    @Test
    void a_suspension_covers_only_the_reasons_it_names_and_never_the_limit_of_this_order() {
        Suspension otherReason = new Suspension(List.of(HoldReason.UNSETTLED_DELIVERIES), UNTIL);
        assertEquals(List.of(HoldReason.OVERDUE_CASH_ON_DELIVERY), refusals(PaymentTerms.cashOnDelivery(), "500.00",
                otherReason, NOW));
        Suspension everything = new Suspension(List.of(HoldReason.OVERDUE_CASH_ON_DELIVERY,
                HoldReason.CREDIT_LIMIT_EXCEEDED), UNTIL);
        // 3,000.00 open + 7,500.00 is over the 10,000.00 limit
        ShipmentClearance refused = ShipmentClearances.decide(card(PaymentTerms.cashOnDelivery()), EXPOSURE,
                new BigDecimal("7500.00"), CNY, List.of(), everything, NOW);
        assertFalse(refused.cleared());
        assertEquals(List.of(HoldReason.CREDIT_LIMIT_EXCEEDED), refused.reasons().stream().map(HoldReason::code).toList());
    }
}
