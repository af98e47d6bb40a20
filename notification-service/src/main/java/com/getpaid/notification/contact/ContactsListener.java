package com.getpaid.notification.contact;

import com.getpaid.events.Json;
import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CreditReviewDue;
import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.notification.followup.FollowUps;
import com.getpaid.notification.message.Kinds;
import com.getpaid.notification.message.Messages;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Who to write to and in which language, from customers.v1 (table {@code customer_contact}); a risk signal that stopped
 * supply is an alert to the customer's account manager.
 */
@ApplicationScoped
public class ContactsListener {

    public static final String CHANNEL = "customers";

    private final EventConsumer consumer;
    private final Messages messages;
    private final Staff staff;
    private final FollowUps followUps;

    public ContactsListener(EventConsumer consumer, Messages messages, Staff staff, FollowUps followUps) {
        this.followUps = followUps;
        this.consumer = consumer;
        this.messages = messages;
        this.staff = staff;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (event instanceof CustomerCardChanged e) {
                // reminders go to the finance (payables) contact when the card names one with an email, in its language
                var finance = e.details() == null ? java.util.Optional.<CardDetails.Contact>empty() : e.details().financeContact();
                String email = finance.map(CardDetails.Contact::email).orElse(e.email());
                String language = finance.map(CardDetails.Contact::preferredLanguage).orElse(e.preferredLanguage());
                Sql.update(c, "INSERT INTO customer_contact (customer_id, name, email, language, collection) "
                        + "VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (customer_id) DO UPDATE SET name = excluded.name, "
                        + "email = excluded.email, language = excluded.language, collection = excluded.collection",
                        e.customerId(), e.name(), email, language == null ? e.preferredLanguage() : language,
                        e.collection() == null ? null : Json.write(e.collection()));
            } else if (event instanceof AccountHandedOver e) {
                // the customer hears who its new contact is; the new manager gets a task with what to know first
                Map<String, String> details = new LinkedHashMap<>();
                details.put("toManager", e.toManager());
                details.put("fromManager", e.fromManager() == null ? "" : e.fromManager());
                messages.queue(c, envelope, e.customerId(), Kinds.HANDOVER_NOTICE, e.customerId() + "@" + e.handedOverAt(),
                        details);
                followUps.schedule(c, envelope, e.customerId(), Kinds.HANDOVER, e.customerId() + "@" + e.handedOverAt(),
                        e.handedOverAt(), e.toManager(), "Note from " + (e.fromManager() == null ? e.handedOverBy()
                                : e.fromManager()) + ": " + e.note() + ". Open complaints: " + (e.openComplaints().isEmpty()
                                        ? "none" : String.join("; ", e.openComplaints())) + ". Overdue invoices: "
                                + (e.overdueInvoices().isEmpty() ? "none" : String.join("; ", e.overdueInvoices())) + ".");
            } else if (event instanceof CreditReviewDue e) {
                // the grade's review cadence came round: a task for the account manager, due that day
                followUps.schedule(c, envelope, e.customerId(), Kinds.CREDIT_REVIEW, e.assessmentId(), envelope.time(),
                        FollowUps.accountManagerOf(c, e.customerId()));
            } else if (event instanceof RiskSignalDetected e && e.placesHold()) {
                // supply stopped on a HIGH signal: the account manager hears it from us, not from the customer
                String manager = FollowUps.accountManagerOf(c, e.customerId());
                Map<String, String> details = new LinkedHashMap<>();
                details.put("to", staff.addressOf(manager));
                details.put("manager", manager == null ? staff.creditDesk() : manager);
                details.put("signal", e.signal());
                details.put("severity", e.severity());
                details.put("evidence", e.evidence());
                details.put("source", e.source());
                messages.queue(c, envelope, e.customerId(), Kinds.RISK_ALERT, e.signalId(), details);
            }
        });
    }
}
