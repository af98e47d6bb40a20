package com.getpaid.receivables.dispute;

import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.store.EventStore;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.receivables.account.Accounts;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * A complaint that names invoices and a disputed amount (complaints.v1) opens disputes on them by itself, so the
 * disputed part leaves dunning and holds without anyone keying it in twice. Idempotent: the dispute ids come from the
 * complaint, and a complaint seen again opens nothing more.
 */
@ApplicationScoped
public class ComplaintsListener {

    public static final String CHANNEL = "complaints";
    private static final Logger LOG = Logger.getLogger(ComplaintsListener.class);

    private final EventConsumer consumer;
    private final Accounts accounts;
    private final BusinessCalendar calendar;

    public ComplaintsListener(EventConsumer consumer, Accounts accounts, BusinessCalendar calendar) {
        this.consumer = consumer;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consume(records, (c, envelope, event) -> {
            if (!(event instanceof ComplaintLogged e) || e.disputedAmount() == null || e.disputedAmount().signum() <= 0
                    || e.invoiceIds() == null || e.invoiceIds().isEmpty()) {
                return;
            }
            var stored = accounts.decide(c, e.customerId(), EventStore.Cause.following(envelope,
                    "receivables-service: consumer of complaints.v1"), a -> a.disputesOf(e.complaintId(), e.customerId(),
                            e.invoiceIds(), e.disputedAmount(), e.currency(), "Complaint " + e.complaintId() + ": "
                                    + e.description(), e.recordedBy(), calendar.dayOf(e.loggedAt())));
            for (var s : stored) {
                DisputeOpened d = (DisputeOpened) s.event();
                LOG.infof("Complaint %s of customer %s disputes %s %s of invoice %s: dispute %s opened; that part leaves "
                        + "dunning and holds", e.complaintId(), e.customerId(), d.amount().toPlainString(), d.currency(),
                        d.invoiceId(), d.disputeId());
            }
        });
    }
}
