package com.getpaid.notification.listener;

import com.getpaid.events.CloudEvent;
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
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.kit.messaging.TopicConsumer;
import com.getpaid.notification.contact.Contacts;
import com.getpaid.notification.contact.Staff;
import com.getpaid.notification.followup.FollowUpKind;
import com.getpaid.notification.followup.FollowUps;
import com.getpaid.notification.message.MessageKind;
import com.getpaid.notification.message.MessageSender;
import com.getpaid.notification.message.Messages;
import io.quarkus.runtime.Startup;
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
@Startup // subscribes at start-up: a parked key can be retried before any record arrives
@ApplicationScoped
public class ContactsListener {

    public static final String CHANNEL = "customers";

    /** One event of customers.v1, in the batch's transaction. */
    private record On(ContactsListener listener, Commands.Tx tx, CloudEvent envelope) {
    }

    private static final Dispatch<On, CustomerEvent> HANDLE = Dispatch.<On, CustomerEvent>over(CustomerEvent.class)
            .on(CustomerRegistered.class, (on, e) -> on.listener().cardChanged(on, e))
            .on(CustomerUpdated.class, (on, e) -> on.listener().cardChanged(on, e))
            .on(AccountHandedOver.class, (on, e) -> on.listener().handedOver(on, e))
            .on(CreditReviewDue.class, (on, e) -> on.listener().reviewDue(on, e))
            .on(RiskSignalDetected.class, (on, e) -> on.listener().riskDetected(on, e))
            // holds and grades are customer-service's and receivables' business: no message, no task
            .ignore(SupplyHoldPlaced.class, SupplyHoldUpdated.class, SupplyHoldReleased.class, ManualHoldPlaced.class,
                    HoldLifted.class, CreditAssessed.class, CreditLimitProposed.class, CreditLimitRaiseRequested.class,
                    CreditLimitSet.class)
            .build();

    private final TopicConsumer topic;
    private final Messages messages;
    private final Staff staff;
    private final FollowUps followUps;
    private final MessageSender sender;

    public ContactsListener(EventConsumer consumer, Messages messages, Staff staff, FollowUps followUps,
            MessageSender sender) {
        this.sender = sender;
        this.followUps = followUps;
        this.messages = messages;
        this.staff = staff;
        this.topic = consumer.subscribe(CHANNEL, CustomerEvent.class,
                "notification-service: consumer of customer-service events",
                (tx, envelope, event) -> HANDLE.handle(new On(this, tx, envelope), event));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        topic.consume(records);
    }

    /** The address and language to write to; messages waiting for them are due now. */
    private void cardChanged(On on, CustomerCardChanged e) throws Exception {
        Contacts.changed(on.tx().connection(), e);
        sender.addressKnown(on.tx().connection(), e.customerId());
    }

    /** The customer hears who its new contact is; the new manager gets a task with what to know first. */
    private void handedOver(On on, AccountHandedOver e) throws Exception {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("toManager", e.toManager());
        details.put("fromManager", e.fromManager() == null ? "" : e.fromManager());
        messages.queue(on.tx(), on.envelope(), e.customerId(), MessageKind.HANDOVER_NOTICE, e.customerId() + "@"
                + e.handedOverAt(), details);
        followUps.schedule(on.tx(), on.envelope(), e.customerId(), FollowUpKind.HANDOVER, e.customerId() + "@"
                + e.handedOverAt(), e.handedOverAt(), e.toManager(), "Note from " + (e.fromManager() == null
                        ? e.handedOverBy() : e.fromManager()) + ": " + e.note() + ". Open complaints: "
                        + (e.openComplaints().isEmpty() ? "none" : String.join("; ", e.openComplaints()))
                        + ". Overdue invoices: " + (e.overdueInvoices().isEmpty() ? "none"
                                : String.join("; ", e.overdueInvoices())) + ".");
    }

    /** The grade's review cadence came round: a task for the account manager, due that day. */
    private void reviewDue(On on, CreditReviewDue e) throws Exception {
        followUps.schedule(on.tx(), on.envelope(), e.customerId(), FollowUpKind.CREDIT_REVIEW, e.assessmentId(),
                on.envelope().time(), Contacts.accountManagerOf(on.tx().connection(), e.customerId()));
    }

    /**
     * A HIGH signal, or one that stopped supply: the account manager hears it from us, not from the customer, whether or
     * not the policy ({@code customers.risk.high-signal-holds}) let it hold supply; a lower one is the credit desk's to read.
     */
    private void riskDetected(On on, RiskSignalDetected e) throws Exception {
        if (!e.placesHold() && !"HIGH".equals(e.severity())) {
            return;
        }
        String manager = Contacts.accountManagerOf(on.tx().connection(), e.customerId());
        Map<String, String> details = new LinkedHashMap<>();
        details.put("to", staff.addressOf(manager));
        details.put("manager", manager == null ? staff.creditDesk() : manager);
        details.put("signal", e.signal());
        details.put("severity", e.severity());
        details.put("evidence", e.evidence());
        details.put("source", e.source());
        details.put("supplyStopped", String.valueOf(e.placesHold()));
        messages.queue(on.tx(), on.envelope(), e.customerId(), MessageKind.RISK_ALERT, e.signalId(), details);
    }
}
