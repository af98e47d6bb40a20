package com.getpaid.customer.hold;

import com.getpaid.customer.card.CustomerCard;
import com.getpaid.customer.card.CustomerService;
import com.getpaid.customer.card.RegisterCustomer;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.events.Money;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.jboss.logging.Logger;

/** Answers "may this order ship?" from the local card and exposure; changes nothing, logs the decision. */
@ApplicationScoped
public class ShipmentClearances {

    private static final Logger LOG = Logger.getLogger(ShipmentClearances.class);

    private final Kernel kernel;
    private final CustomerService customers;
    private final ExposureLedger ledger;

    public ShipmentClearances(Kernel kernel, CustomerService customers, ExposureLedger ledger) {
        this.kernel = kernel;
        this.customers = customers;
        this.ledger = ledger;
    }

    public ShipmentClearance decide(String customerId, BigDecimal amount, Currency currency) {
        record Known(CustomerCard card, Exposure exposure) {
        }
        Known known = kernel.transact(c -> new Known(customers.card(c, customerId)
                .orElseThrow(() -> ApiProblem.notFound("No customer '" + customerId + "'")), ledger.of(c, customerId)));
        CustomerCard card = known.card();
        Exposure exposure = known.exposure();
        RegisterCustomer terms = new RegisterCustomer(card.customerId(), card.name(), card.email(), card.preferredLanguage(),
                card.paymentTerms(), card.creditLimit(), card.currency());
        String code = currency.getCurrencyCode();
        List<HoldReason> reasons = HoldRules.forShipment(terms, exposure, amount, code);
        BigDecimal open = exposure.open(code, Money.zero(code));
        BigDecimal limit = HoldRules.limitIn(terms, code);
        BigDecimal available = limit.subtract(open).max(Money.zero(code));
        LOG.infof("Shipment clearance for customer %s, order %s %s: %s", customerId, amount.toPlainString(), code,
                reasons.isEmpty() ? "cleared" : "refused " + reasons.stream().map(HoldReason::message).toList());
        return new ShipmentClearance(reasons.isEmpty(), reasons, open, limit, available, code);
    }
}
