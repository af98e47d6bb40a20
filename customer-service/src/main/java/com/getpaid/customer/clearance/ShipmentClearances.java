package com.getpaid.customer.clearance;

import com.getpaid.customer.card.CustomerService;
import com.getpaid.customer.account.CustomerProfile;
import com.getpaid.customer.account.Suspension;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.customer.hold.HoldRules;
import com.getpaid.events.Money;
import com.getpaid.events.customers.HoldReason;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Answers "may this order ship?" from the local card and exposure, read on the event loop (the ERP's
 * hot path); changes nothing, logs the decision.
 */
@ApplicationScoped
public class ShipmentClearances {

    private static final Logger LOG = Logger.getLogger(ShipmentClearances.class);

    private final CustomerService customers;
    private final Clock clock;

    public ShipmentClearances(CustomerService customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    public Uni<ShipmentClearance> decide(String customerId, BigDecimal amount, Currency currency) {
        return customers.read(customerId).map(known -> decide(known.card().terms(), known.exposure(), amount, currency,
                known.card().hold().reasons().stream().filter(r -> DECIDED.contains(r.code())).toList(),
                known.suspension(), clock.instant()));
    }

    /** Holds the card stands on whatever the order: placed by decision, or an invoice overdue beyond the grade's grace. */
    static final java.util.Set<String> DECIDED = java.util.Set.of(HoldReason.MANUAL_HOLD, HoldReason.RISK_SIGNAL,
            HoldReason.OVERDUE_BEYOND_GRACE);

    /**
     * The order's refusals, less those a manager's suspension covers at {@code now}: overdue cash on delivery and unsettled
     * deliveries (the customer's past, which the manager weighed) pass while suspended; the credit limit is still checked
     * against this order (a suspension bounds no amount, so it is never credit without a limit).
     */
    static ShipmentClearance decide(CustomerProfile terms, Exposure exposure, BigDecimal amount, Currency currency,
            List<HoldReason> decided, Suspension suspension, Instant now) {
        String code = currency.getCurrencyCode();
        List<HoldReason> reasons = new java.util.ArrayList<>(HoldRules.forShipment(terms, exposure, amount, code).stream()
                .filter(r -> HoldReason.CREDIT_LIMIT_EXCEEDED.equals(r.code()) || !suspension.covers(r.code(), now)).toList());
        reasons.addAll(decided);
        BigDecimal open = exposure.open(code, Money.zero(code));
        BigDecimal limit = HoldRules.limitIn(terms, code);
        BigDecimal available = limit.subtract(open).max(Money.zero(code));
        LOG.infof("Shipment clearance for customer %s, order %s %s: %s", terms.customerId(), amount.toPlainString(), code,
                reasons.isEmpty() ? "cleared" : "refused " + reasons.stream().map(HoldReason::message).toList());
        return new ShipmentClearance(reasons.isEmpty(), reasons, open, limit, available, code);
    }
}
