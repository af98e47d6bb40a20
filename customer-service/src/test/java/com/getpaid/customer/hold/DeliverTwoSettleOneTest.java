package com.getpaid.customer.hold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.customer.account.CustomerProfile;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 送二结一: one unpaid delivery may be outstanding when the next is asked for; two stop it. */
class DeliverTwoSettleOneTest {

    static final CustomerProfile CARD = new CustomerProfile("C-2S1", "Two Settle One Ltd", "ap@2s1.example", "zh-CN",
            new PaymentTerms(PaymentTerms.DELIVER_TWO_SETTLE_ONE, 30, null, null), new BigDecimal("100000.00"), "CNY", null);

    static Exposure unpaid(String... invoices) {
        return new Exposure(Map.of("CNY", new Exposure.Totals(new BigDecimal("2000.00"), BigDecimal.ZERO, BigDecimal.ZERO)),
                List.of(), List.of(invoices));
    }

    @Test
    void the_due_date_is_hard_days_after_the_invoice() {
        assertEquals(LocalDate.of(2026, 12, 27), CARD.paymentTerms().dueDate(LocalDate.of(2026, 11, 27)));
    }

    @Test
    void one_unpaid_delivery_lets_the_next_ship_and_two_stop_it_naming_them() {
        assertEquals(List.of(), HoldRules.forShipment(CARD, unpaid("INV-1"), new BigDecimal("500.00"), "CNY"));
        assertEquals(List.of(), HoldRules.standing(CARD, unpaid("INV-1")));
        List<HoldReason> refused = HoldRules.forShipment(CARD, unpaid("INV-1", "INV-2"), new BigDecimal("500.00"), "CNY");
        assertEquals(List.of(HoldReason.UNSETTLED_DELIVERIES), refused.stream().map(HoldReason::code).toList());
        assertTrue(refused.get(0).message().contains("INV-1, INV-2") && refused.get(0).message().contains("once INV-1 is paid"),
                refused.get(0).message());
        assertEquals(List.of(HoldReason.UNSETTLED_DELIVERIES), HoldRules.standing(CARD, unpaid("INV-1", "INV-2")).stream()
                .map(HoldReason::code).toList());
    }

    @Test
    void other_terms_are_not_held_for_unpaid_deliveries() {
        CustomerProfile net = new CustomerProfile("C-N", "Net Ltd", "ap@n.example", "en", PaymentTerms.netDays(30),
                new BigDecimal("100000.00"), "CNY", null);
        assertEquals(List.of(), HoldRules.standing(net, unpaid("INV-1", "INV-2", "INV-3")));
    }
}
