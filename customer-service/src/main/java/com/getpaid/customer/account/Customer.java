package com.getpaid.customer.account;

import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CreditReviewDue;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.CustomerUpdated;
import com.getpaid.events.customers.HoldLifted;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.ManualHoldPlaced;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import com.getpaid.kit.command.StreamKind;
import com.getpaid.kit.dispatch.Dispatch;
import com.getpaid.kit.domain.AlreadyRecorded;
import com.getpaid.kit.domain.NotFound;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer aggregate: its card and its supply hold. It decides which events a command causes;
 * its state changes only by applying events.
 */
public final class Customer {

    /** The customer's stream ({@code customer-<id>}), loaded under the customer's write lock. */
    public static final StreamKind<Customer, CustomerEvent> KIND = new StreamKind<>() {
        @Override
        public String streamId(String customerId) {
            return Customer.streamId(customerId);
        }

        @Override
        public String lockKey(String customerId) {
            return customerId;
        }

        @Override
        public Customer replay(String customerId, List<CustomerEvent> history) {
            return from(history);
        }

        @Override
        public void apply(Customer customer, CustomerEvent event) {
            customer.apply(event);
        }
    };

    private static final Dispatch<Customer, CustomerEvent> APPLY = Dispatch.<Customer, CustomerEvent>over(CustomerEvent.class)
            .on(CustomerRegistered.class, (c, e) -> c.card = CustomerProfile.of(e))
            .on(CustomerUpdated.class, (c, e) -> c.card = CustomerProfile.of(e))
            .on(SupplyHoldPlaced.class, (c, e) -> c.holdReasons = e.reasons())
            .on(SupplyHoldUpdated.class, (c, e) -> c.holdReasons = e.reasons())
            .on(SupplyHoldReleased.class, (c, e) -> c.holdReasons = List.of())
            .on(ManualHoldPlaced.class, (c, e) -> c.decided.put(HoldReason.MANUAL_HOLD, new HoldReason(HoldReason.MANUAL_HOLD,
                    "Held by hand by " + e.placedBy() + ": " + e.reason())))
            .on(RiskSignalDetected.class, (c, e) -> {
                if (e.placesHold()) {
                    c.decided.put(HoldReason.RISK_SIGNAL, new HoldReason(HoldReason.RISK_SIGNAL, "HIGH risk signal "
                            + e.signal() + " reported by " + e.source() + ": " + e.evidence()));
                }
            })
            .on(CreditAssessed.class, (c, e) -> {
                c.assessment = e;
                c.reviewRaised = false;
            })
            .on(CreditReviewDue.class, (c, e) -> c.reviewRaised = true)
            .on(HoldLifted.class, (c, e) -> {
                e.lifted().forEach(c.decided::remove);
                c.suspension = new Suspension(e.suspended(), e.until());
            })
            .ignore(AccountHandedOver.class) // the card's new manager comes with the CustomerUpdated after it
            .build();

    private CustomerProfile card;
    private List<HoldReason> holdReasons = List.of();
    /** The holds placed by decision (MANUAL_HOLD, RISK_SIGNAL): they stand until a person lifts them. */
    private final Map<String, HoldReason> decided = new LinkedHashMap<>();
    private Suspension suspension = Suspension.NONE;
    private CreditAssessed assessment;
    private boolean reviewRaised;
    private long version;

    public static String streamId(String customerId) {
        return "customer-" + customerId;
    }

    public static Customer from(List<CustomerEvent> history) {
        Customer customer = new Customer();
        history.forEach(customer::apply);
        return customer;
    }

    public boolean registered() {
        return card != null;
    }

    public CustomerProfile card() {
        return card;
    }

    public long version() {
        return version;
    }

    public boolean onHold() {
        return !holdReasons.isEmpty();
    }

    /** The holds placed by decision, standing until lifted. */
    public List<HoldReason> decidedReasons() {
        return List.copyOf(decided.values());
    }

    /** Whether a manager suspended the automatic reason {@code code} at {@code now}. */
    public boolean suspends(String code, Instant now) {
        return suspension.covers(code, now);
    }

    /** Stops supply by hand; a customer already held by hand stays as it is (a retry records nothing). */
    public List<CustomerEvent> placeManualHold(String reason, String by, Instant now) {
        requireRegistered();
        return decided.containsKey(HoldReason.MANUAL_HOLD) ? List.of()
                : List.of(new ManualHoldPlaced(card.customerId(), reason, by, now));
    }

    /**
     * Lifts the holds placed by decision; with {@code until}, also suspends the automatic reasons holding now until then.
     * Nothing to lift is a 409.
     */
    public List<CustomerEvent> liftHolds(String reason, String by, Instant until, Instant now) {
        requireRegistered();
        List<String> lifted = List.copyOf(decided.keySet());
        List<String> suspend = until == null ? List.of()
                : holdReasons.stream().map(HoldReason::code).filter(code -> !decided.containsKey(code)).toList();
        if (lifted.isEmpty() && suspend.isEmpty()) {
            throw new AlreadyRecorded("customerId", "Customer " + card.customerId() + " has no hold to lift"
                    + (until == null && onHold() ? " by hand; its hold is automatic (" + codes(holdReasons)
                            + "): send until to suspend it for a stated period" : ""));
        }
        return List.of(new HoldLifted(card.customerId(), lifted, suspend, until, reason, by, now));
    }

    /** Records a risk signal; a HIGH one places a RISK_SIGNAL hold when {@code highHolds} (the policy). */
    public List<CustomerEvent> riskSignal(String signalId, String signal, String severity, String evidence, String source,
            Instant now, boolean highHolds) {
        requireRegistered();
        return List.of(new RiskSignalDetected(signalId, card.customerId(), signal, severity, evidence, now, source,
                highHolds && "HIGH".equals(severity)));
    }

    /**
     * Hands the account to another manager: the handover itself, then the card with its new manager (so every service
     * that follows the card learns it). The same manager again is a 409.
     */
    public List<CustomerEvent> handOver(String toManager, String note, String by, List<String> openComplaints,
            List<String> overdueInvoices, Instant now) {
        requireRegistered();
        CollectionProfile profile = card.collection() == null
                ? new CollectionProfile(null, null, CollectionProfile.DEFAULT_ZONE, List.of(), 0, null) : card.collection();
        if (toManager.equals(profile.accountManager())) {
            throw new AlreadyRecorded("toManager", "Customer " + card.customerId() + " is already with " + toManager);
        }
        CollectionProfile moved = new CollectionProfile(toManager, profile.settlementDay(), profile.zone(),
                profile.avoidWeekdays(), profile.avoidFirstDaysOfMonth(), profile.notBefore());
        CustomerProfile c = card.withCollection(moved);
        return List.of(new AccountHandedOver(card.customerId(), profile.accountManager(), toManager, note, by, openComplaints,
                overdueInvoices, now), new CustomerUpdated(c.customerId(), c.name(), c.email(), c.preferredLanguage(),
                        c.paymentTerms(), c.creditLimit(), c.currency(), c.collection(), c.details()));
    }

    /** The grade of the last assessment, or null before any. */
    public String grade() {
        return assessment == null ? null : assessment.grade();
    }

    /** Records an assessment decided by the credit grading. */
    public List<CustomerEvent> assess(CreditAssessed assessed) {
        requireRegistered();
        return List.of(assessed);
    }

    /** The day the last assessment's review falls due, while it is not raised yet; null otherwise. */
    public java.time.LocalDate reviewPending() {
        return assessment == null || reviewRaised ? null : assessment.nextReviewDue();
    }

    /** The review of the last assessment falls due: raised once. */
    public List<CustomerEvent> reviewDue(java.time.LocalDate today) {
        if (assessment == null || reviewRaised || assessment.nextReviewDue().isAfter(today)) {
            return List.of();
        }
        return List.of(new CreditReviewDue(card.customerId(), assessment.assessmentId(), assessment.grade(),
                assessment.nextReviewDue()));
    }

    private void requireRegistered() {
        if (card == null) {
            throw new NotFound("No customer");
        }
    }

    /** Registers a new customer, updates a known one, or does nothing when the card is unchanged. */
    public List<CustomerEvent> register(CustomerProfile c) {
        if (c.equals(card)) {
            return List.of();
        }
        CustomerEvent event = card == null
                ? new CustomerRegistered(c.customerId(), c.name(), c.email(), c.preferredLanguage(), c.paymentTerms(),
                        c.creditLimit(), c.currency(), c.collection(), c.details())
                : new CustomerUpdated(c.customerId(), c.name(), c.email(), c.preferredLanguage(), c.paymentTerms(),
                        c.creditLimit(), c.currency(), c.collection(), c.details());
        return List.of(event);
    }

    /**
     * Brings the hold in line with the reasons that hold now: placed when the first reason appears,
     * updated when they change, released when none is left ("前款不结后货不送").
     */
    public List<CustomerEvent> holdFor(List<HoldReason> reasons, Instant now) {
        if (card == null || codes(reasons).equals(codes(holdReasons))) {
            return List.of(); // same causes (the wording's amounts may have moved): nothing to record
        }
        String id = card.customerId();
        if (holdReasons.isEmpty()) {
            return List.of(new SupplyHoldPlaced(id, reasons, now));
        }
        if (reasons.isEmpty()) {
            return List.of(new SupplyHoldReleased(id, holdReasons, now));
        }
        return List.of(new SupplyHoldUpdated(id, reasons, now));
    }

    private static List<String> codes(List<HoldReason> reasons) {
        return reasons.stream().map(HoldReason::code).toList();
    }

    void apply(CustomerEvent event) {
        version++;
        APPLY.apply(this, event);
    }
}
