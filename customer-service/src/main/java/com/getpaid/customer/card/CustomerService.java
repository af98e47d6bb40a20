package com.getpaid.customer.card;

import com.getpaid.customer.exposure.Exposure;
import com.getpaid.customer.exposure.ExposureLedger;
import com.getpaid.customer.hold.HoldEvaluator;
import com.getpaid.events.Json;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Registers customers and reads their cards. */
@ApplicationScoped
public class CustomerService {

    private static final Logger LOG = Logger.getLogger(CustomerService.class);

    private final Kernel kernel;
    private final HoldEvaluator holds;
    private final ExposureLedger ledger;

    public CustomerService(Kernel kernel, HoldEvaluator holds, ExposureLedger ledger) {
        this.kernel = kernel;
        this.holds = holds;
        this.ledger = ledger;
    }

    /** Whether the customer was new, and its card after the command. */
    public record Registration(boolean created, CustomerCard card) {
    }

    public Registration register(RegisterCustomer command) {
        return kernel.transact(c -> {
            String stream = Customer.streamId(command.customerId());
            Customer customer = Customer.from(kernel.store().loadForUpdate(c, stream, command.customerId()).stream()
                    .map(e -> (CustomerEvent) e.event()).toList());
            boolean created = !customer.registered();
            List<CustomerEvent> events = customer.register(command);
            EventStore.Cause cause = EventStore.Cause.none();
            kernel.store().append(c, stream, customer.version(), events, cause);
            if (!events.isEmpty()) {
                LOG.infof("Customer %s %s (terms %s, credit limit %s %s)", command.customerId(),
                        created ? "registered" : "updated", command.paymentTerms().type(),
                        command.creditLimit().toPlainString(), command.currency());
                holds.reevaluate(c, command.customerId(), cause); // a raised limit may release a hold
            }
            return new Registration(created, card(c, command.customerId()).orElseThrow());
        });
    }

    public Optional<CustomerCard> card(String customerId) {
        return kernel.transact(c -> card(c, customerId));
    }

    public Optional<CustomerCard> card(Connection c, String customerId) throws Exception {
        Optional<CustomerCard> base = Sql.one(c, "SELECT * FROM customer_card WHERE customer_id = ?", rs -> {
            List<HoldReason> reasons = List.of(Json.read(rs.getString("hold_reasons"), HoldReason[].class));
            return new CustomerCard(rs.getString("customer_id"), rs.getString("name"), rs.getString("email"),
                    rs.getString("preferred_language"), Json.read(rs.getString("payment_terms"), PaymentTerms.class),
                    rs.getBigDecimal("credit_limit"), rs.getString("currency"), List.of(),
                    new CustomerCard.Hold(!reasons.isEmpty(), reasons, Sql.instant(rs, "hold_since")));
        }, customerId);
        if (base.isEmpty()) {
            return base;
        }
        Exposure exposure = ledger.of(c, customerId);
        List<CustomerCard.CurrencyExposure> perCurrency = exposure.byCurrency().entrySet().stream()
                .map(e -> new CustomerCard.CurrencyExposure(e.getKey(), e.getValue().open(), e.getValue().overdue()))
                .toList();
        CustomerCard b = base.get();
        return Optional.of(new CustomerCard(b.customerId(), b.name(), b.email(), b.preferredLanguage(), b.paymentTerms(),
                b.creditLimit(), b.currency(), perCurrency, b.hold()));
    }
}
