package com.getpaid.receivables.terms;

import com.getpaid.events.Json;
import com.getpaid.events.customers.CreditLimitProposed;
import com.getpaid.events.customers.CreditLimitRaiseRequested;
import com.getpaid.events.customers.CreditLimitSet;
import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CreditReviewDue;
import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.CustomerUpdated;
import com.getpaid.events.customers.HoldLifted;
import com.getpaid.events.customers.ManualHoldPlaced;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.kit.messaging.TopicConsumer;
import com.getpaid.receivables.account.Accounts;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps each customer's payment terms (from customers.v1) for due dates, and gives invoices that
 * arrived before the customer did their due dates once the terms are known; keeps its name and
 * collection profile (account manager, settlement day) for the collectors' worklist.
 */
@Startup // subscribes at start-up: a parked key can be retried before any record arrives
@ApplicationScoped
public class CustomersListener {

    public static final String CHANNEL = "customers";
    private static final Logger LOG = Logger.getLogger(CustomersListener.class);

    private final TopicConsumer topic;
    private final Accounts accounts;

    public CustomersListener(EventConsumer consumer, Accounts accounts) {
        this.accounts = accounts;
        this.topic = consumer.subscribe(CHANNEL, CustomerEvent.class,
                "receivables-service: consumer of customers.v1",
                (tx, envelope, event) -> TABLE.handle(new On(this, tx), event));
    }

    /** The card gives terms, name and collection profile; the assessment the grade; the rest is customer-service's. */
    private static final Dispatch<On, CustomerEvent> TABLE = Dispatch.<On, CustomerEvent>over(CustomerEvent.class)
            .on(CustomerRegistered.class, (on, e) -> on.listener().cardChanged(on.tx(), e))
            .on(CustomerUpdated.class, (on, e) -> on.listener().cardChanged(on.tx(), e))
            .on(CreditAssessed.class, (on, e) -> graded(on.tx(), e))
            .ignore(SupplyHoldPlaced.class, SupplyHoldUpdated.class, SupplyHoldReleased.class, ManualHoldPlaced.class,
                    HoldLifted.class, RiskSignalDetected.class, CreditReviewDue.class, AccountHandedOver.class,
                    // a limit in force comes with the CustomerUpdated after it
                    CreditLimitProposed.class, CreditLimitRaiseRequested.class, CreditLimitSet.class)
            .build();

    private record On(CustomersListener listener, Commands.Tx tx) {
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        topic.consume(records);
    }

    /** The worklist puts riskier customers first; a grade for a customer not seen yet waits for its card. */
    private static void graded(Commands.Tx tx, CreditAssessed e) throws Exception {
        Sql.update(tx.connection(), "UPDATE customer_terms SET credit_grade = ? WHERE customer_id = ?", e.grade(),
                e.customerId());
    }

    private void cardChanged(Commands.Tx tx, CustomerCardChanged card) throws Exception {
        PaymentTerms terms = card.paymentTerms();
        // under the customer's lock, like issuing an invoice: each sees the other or comes after it
        tx.load(accounts, card.customerId());
        Sql.update(tx.connection(), "INSERT INTO customer_terms (customer_id, payment_terms, name, collection) "
                + "VALUES (?, ?::jsonb, ?, ?::jsonb) ON CONFLICT (customer_id) DO UPDATE SET "
                + "payment_terms = excluded.payment_terms, name = excluded.name, collection = excluded.collection",
                card.customerId(), Json.write(terms), card.name(), card.collection() == null ? null : Json.write(card.collection()));
        var decided = tx.decide(accounts, card.customerId(), a -> a.applyTerms(card.customerId(), terms));
        if (!decided.isEmpty()) {
            LOG.infof("Customer %s's terms %s arrived: %d waiting invoices got their due dates", card.customerId(),
                    terms.type(), decided.events().size());
        }
    }
}
