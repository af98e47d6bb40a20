package com.getpaid.receivables.dispute;

import com.getpaid.events.complaints.CallbackRecorded;
import com.getpaid.events.complaints.ComplaintAssigned;
import com.getpaid.events.complaints.ComplaintClosed;
import com.getpaid.events.complaints.ComplaintCompensationAgreed;
import com.getpaid.events.complaints.ComplaintDispatchOverdue;
import com.getpaid.events.complaints.ComplaintEscalated;
import com.getpaid.events.complaints.ComplaintEvent;
import com.getpaid.events.complaints.ComplaintInvestigated;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.complaints.ComplaintReopened;
import com.getpaid.events.complaints.ResolutionAccepted;
import com.getpaid.events.complaints.ResolutionApproved;
import com.getpaid.events.complaints.ResolutionCarriedOut;
import com.getpaid.events.complaints.ResolutionProposed;
import com.getpaid.events.receivables.CreditNoteIssued;
import com.getpaid.events.receivables.DisputeOpened;
import com.getpaid.events.receivables.DisputeResolved;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.messaging.EventConsumer;
import com.getpaid.kit.messaging.TopicConsumer;
import com.getpaid.receivables.account.Accounts;
import com.getpaid.receivables.account.DisputePolicy;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * What complaints mean for the ledger (complaints.v1): a complaint that names invoices and a disputed amount opens
 * disputes on them by itself, so the disputed part leaves dunning and holds without anyone keying it in twice; money
 * agreed and carried out becomes its credit note; closing the complaint settles its disputes, and what is still open
 * returns to dunning. Idempotent: dispute and credit note ids come from the complaint, so an event seen again records
 * nothing more.
 */
@Startup // subscribes at start-up: a parked key can be retried before any record arrives
@ApplicationScoped
public class ComplaintsListener {

    public static final String CHANNEL = "complaints";
    private static final Logger LOG = Logger.getLogger(ComplaintsListener.class);

    private final TopicConsumer topic;
    private final Accounts accounts;
    private final BusinessCalendar calendar;
    private final DisputePolicy policy;

    public ComplaintsListener(EventConsumer consumer, Accounts accounts, BusinessCalendar calendar, DisputePolicy policy) {
        this.accounts = accounts;
        this.calendar = calendar;
        this.policy = policy;
        this.topic = consumer.subscribe(CHANNEL, ComplaintEvent.class,
                "receivables-service: consumer of complaints.v1",
                (tx, envelope, event) -> TABLE.handle(new On(this, tx), event));
    }

    /** What each complaint event does to the ledger; the rest of a complaint's life is the complaint service's. */
    private static final Dispatch<On, ComplaintEvent> TABLE = Dispatch.<On, ComplaintEvent>over(ComplaintEvent.class)
            .on(ComplaintLogged.class, (on, e) -> on.listener().logged(on.tx(), e))
            .on(ComplaintCompensationAgreed.class, (on, e) -> on.listener().compensationAgreed(on.tx(), e))
            .on(ComplaintClosed.class, (on, e) -> on.listener().closed(on.tx(), e))
            .ignore(ComplaintAssigned.class, ComplaintEscalated.class, ComplaintDispatchOverdue.class,
                    ComplaintInvestigated.class, ResolutionProposed.class, ResolutionApproved.class, ResolutionAccepted.class,
                    ResolutionCarriedOut.class, CallbackRecorded.class, ComplaintReopened.class)
            .build();

    private record On(ComplaintsListener listener, Commands.Tx tx) {
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        topic.consume(records);
    }

    private void logged(Commands.Tx tx, ComplaintLogged e) throws Exception {
        if (e.disputedAmount() == null || e.disputedAmount().signum() <= 0 || e.invoiceIds() == null
                || e.invoiceIds().isEmpty()) {
            return;
        }
        var decided = tx.decide(accounts, e.customerId(), a -> a.disputesOf(e.complaintId(), e.customerId(), e.invoiceIds(),
                e.disputedAmount(), e.currency(), "Complaint " + e.complaintId() + ": " + e.description(), e.recordedBy(),
                calendar.dayOf(e.loggedAt()), policy));
        for (DisputeOpened d : decided.all(DisputeOpened.class)) {
            LOG.infof("Complaint %s of customer %s disputes %s %s of invoice %s: dispute %s opened, review by %s; that "
                    + "part leaves dunning and %s", e.complaintId(), e.customerId(), d.amount().toPlainString(), d.currency(),
                    d.invoiceId(), d.disputeId(), d.reviewBy(), d.awaitingConfirmation()
                            ? "holds once a credit manager confirms it" : "holds");
        }
    }

    private void compensationAgreed(Commands.Tx tx, ComplaintCompensationAgreed e) throws Exception {
        var decided = tx.decide(accounts, e.customerId(), a -> a.compensate(e.complaintId(), e.creditNoteId(), e.customerId(),
                e.invoiceId(), e.amount(), e.currency(), e.remedy(), e.agreedOn()));
        for (CreditNoteIssued n : decided.all(CreditNoteIssued.class)) {
            LOG.infof("Complaint %s of customer %s: %s of %s %s agreed and carried out; credit note %s, %s on invoice "
                    + "%s and %s to the credit balance", e.complaintId(), e.customerId(), e.remedy(),
                    e.amount().toPlainString(), e.currency(), n.creditNoteId(), n.applied().toPlainString(),
                    n.invoiceId(), n.toCredit().toPlainString());
        }
    }

    private void closed(Commands.Tx tx, ComplaintClosed e) throws Exception {
        var decided = tx.decide(accounts, e.customerId(), a -> a.complaintClosed(e.complaintId(), e.customerId(), e.outcome(),
                calendar.dayOf(e.closedAt())));
        for (DisputeResolved d : decided.all(DisputeResolved.class)) {
            LOG.infof("Complaint %s of customer %s %s: dispute %s on invoice %s settled; the %s %s returns to dunning",
                    e.complaintId(), e.customerId(), e.outcome(), d.disputeId(), d.invoiceId(),
                    d.amount().toPlainString(), d.currency());
        }
    }
}
