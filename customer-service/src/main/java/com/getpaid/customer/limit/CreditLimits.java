package com.getpaid.customer.limit;

import com.getpaid.customer.account.Customer;
import com.getpaid.customer.card.CustomerCard;
import com.getpaid.customer.card.CustomerService;
import com.getpaid.customer.hold.HoldEvaluator;
import com.getpaid.events.Money;
import com.getpaid.events.customers.CreditLimitSet;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Decided;
import com.getpaid.kit.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;

/**
 * Credit limits are the credit manager's: set at once when lowered or raised up to the currency's four-eyes
 * threshold, requested and then approved by a second credit manager above it. A limit in force re-evaluates the hold
 * in the same transaction (a raise may release it, a lowering may place it).
 */
@ApplicationScoped
public class CreditLimits {

    private static final Logger LOG = Logger.getLogger(CreditLimits.class);

    private final Commands commands;
    private final HoldEvaluator holds;
    private final CustomerService customers;
    private final CreditLimitPolicy policy;
    private final Clock clock;

    public CreditLimits(Commands commands, HoldEvaluator holds, CustomerService customers, CreditLimitPolicy policy,
            Clock clock) {
        this.commands = commands;
        this.holds = holds;
        this.customers = customers;
        this.policy = policy;
        this.clock = clock;
    }

    /** {@code by} is the token's user; the card after it. */
    public CustomerCard set(String customerId, CreditLimitRequest request, String by) {
        BigDecimal to = Money.scaled(request.creditLimit(), request.currency());
        BigDecimal alone = policy.oneManagerUpTo().get(request.currency());
        return decide(customerId, (customer, now) -> customer.setLimit(request.currency(), to, request.reason().strip(), by,
                alone, now));
    }

    /** A second credit manager ({@code by}, the token's user) approves the raise waiting in {@code currency}. */
    public CustomerCard approve(String customerId, String currency, String by) {
        return decide(customerId, (customer, now) -> customer.approveRaise(currency, by, now));
    }

    private CustomerCard decide(String customerId, BiFunction<Customer, java.time.Instant, java.util.List<CustomerEvent>> rule) {
        return commands.run(tx -> {
            if (!tx.load(Customer.KIND, customerId).registered()) {
                throw new NotFound("No customer '" + customerId + "'");
            }
            Decided<CustomerEvent> decided = tx.decide(Customer.KIND, customerId,
                    customer -> rule.apply(customer, clock.instant()));
            if (!tx.decided(CreditLimitSet.class).isEmpty()) {
                holds.reevaluate(tx, customerId);
            }
            if (!decided.isEmpty()) {
                LOG.infof("Credit limit of %s: %s", customerId, decided);
            }
            tx.flush(); // the answer is the card as the projection now has it
            return customers.card(tx.connection(), customerId).orElseThrow();
        });
    }
}
