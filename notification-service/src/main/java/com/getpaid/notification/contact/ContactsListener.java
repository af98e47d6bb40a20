package com.getpaid.notification.contact;

import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.Json;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.messaging.EventConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Who to write to and in which language, from customers.v1 (table {@code customer_contact}). */
@ApplicationScoped
public class ContactsListener {

    public static final String CHANNEL = "customers";

    private final EventConsumer consumer;

    public ContactsListener(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (event instanceof CustomerCardChanged e) {
                Sql.update(c, "INSERT INTO customer_contact (customer_id, name, email, language, collection) "
                        + "VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (customer_id) DO UPDATE SET name = excluded.name, "
                        + "email = excluded.email, language = excluded.language, collection = excluded.collection",
                        e.customerId(), e.name(), e.email(), e.preferredLanguage(),
                        e.collection() == null ? null : Json.write(e.collection()));
            }
        });
    }
}
