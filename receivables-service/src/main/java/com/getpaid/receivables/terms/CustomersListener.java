package com.getpaid.receivables.terms;

import com.getpaid.events.Json;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.receivables.account.Accounts;
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
@ApplicationScoped
public class CustomersListener {

    public static final String CHANNEL = "customers";
    private static final Logger LOG = Logger.getLogger(CustomersListener.class);

    private final EventConsumer consumer;
    private final Accounts accounts;

    public CustomersListener(EventConsumer consumer, Accounts accounts) {
        this.consumer = consumer;
        this.accounts = accounts;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (event instanceof CreditAssessed e) {
                // the worklist puts riskier customers first; a grade for a customer not seen yet waits for its card
                Sql.update(c, "UPDATE customer_terms SET credit_grade = ? WHERE customer_id = ?", e.grade(), e.customerId());
                return;
            }
            if (!(event instanceof CustomerCardChanged card)) {
                return;
            }
            PaymentTerms terms = card.paymentTerms();
            // under the customer's lock, like issuing an invoice: each sees the other or comes after it
            var stored = accounts.decide(c, event.customerId(), EventStore.Cause.following(envelope, "receivables-service: consumer of customers.v1"),
                    a -> {
                        Sql.update(c, "INSERT INTO customer_terms (customer_id, payment_terms, name, collection) "
                                + "VALUES (?, ?::jsonb, ?, ?::jsonb) ON CONFLICT (customer_id) DO UPDATE SET "
                                + "payment_terms = excluded.payment_terms, name = excluded.name, collection = excluded.collection",
                                event.customerId(), Json.write(terms), card.name(),
                                card.collection() == null ? null : Json.write(card.collection()));
                        return a.applyTerms(event.customerId(), terms);
                    });
            if (!stored.isEmpty()) {
                LOG.infof("Customer %s's terms %s arrived: %d waiting invoices got their due dates", event.customerId(),
                        terms.type(), stored.size());
            }
        });
    }
}
