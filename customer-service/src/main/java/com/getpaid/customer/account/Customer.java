package com.getpaid.customer.account;

import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CreditLimitProposed;
import com.getpaid.events.customers.CreditLimitRaiseRequested;
import com.getpaid.events.customers.CreditLimitSet;
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
import com.getpaid.kit.domain.RuleViolated;
import com.getpaid.events.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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
            .on(CreditLimitProposed.class, (c, e) -> c.proposed.put(e.currency(), e.creditLimit()))
            .on(CreditLimitRaiseRequested.class, (c, e) -> c.raises.put(e.currency(), e))
            .on(CreditLimitSet.class, (c, e) -> c.raises.remove(e.currency())) // the limit comes with the CustomerUpdated
            .ignore(AccountHandedOver.class) // the card's new manager comes with the CustomerUpdated after it
            .build();

    private CustomerProfile card;
    private List<HoldReason> holdReasons = List.of();
    /** The holds placed by decision (MANUAL_HOLD, RISK_SIGNAL): they stand until a person lifts them. */
    private final Map<String, HoldReason> decided = new LinkedHashMap<>();
    private Suspension suspension = Suspension.NONE;
    private CreditAssessed assessment;
    /** The ERP's last limit per currency where it sent one other than the limit then in force: a proposal. */
    private final Map<String, BigDecimal> proposed = new LinkedHashMap<>();
    /** Raises above the four-eyes threshold waiting for a second credit manager, per currency. */
    private final Map<String, CreditLimitRaiseRequested> raises = new LinkedHashMap<>();
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

    /**
     * Registers a new customer (its opening limits in force as the ERP sends them), updates a known one, or does nothing
     * when the card is unchanged. On a known customer the limits are the credit manager's: the ERP's limits that differ
     * from those in force are recorded as its proposals ({@link CreditLimitProposed}), and the card keeps its limits.
     */
    public List<CustomerEvent> register(CustomerProfile c, String by, Instant now) {
        if (card == null) {
            return List.of(new CustomerRegistered(c.customerId(), c.name(), c.email(), c.preferredLanguage(),
                    c.paymentTerms(), c.creditLimit(), c.currency(), c.collection(), c.details()));
        }
        Map<String, BigDecimal> inForce = limits(card);
        List<CustomerEvent> events = new ArrayList<>();
        limits(c).forEach((currency, limit) -> {
            BigDecimal effective = inForce.getOrDefault(currency, Money.zero(currency));
            if (limit.compareTo(proposed.getOrDefault(currency, effective)) != 0) {
                events.add(new CreditLimitProposed(c.customerId(), currency, limit, effective, by, now));
            }
        });
        CustomerProfile kept = withLimits(c, inForce);
        if (!kept.equals(card)) {
            events.add(updated(kept));
        }
        return events;
    }

    /** The limit in force in {@code currency}, zero when there is none. */
    public BigDecimal limitIn(String currency) {
        requireRegistered();
        return limits(card).getOrDefault(currency, Money.zero(currency));
    }

    /** The raise of the limit in {@code currency} waiting for a second credit manager, or null. */
    public CreditLimitRaiseRequested pendingRaise(String currency) {
        return raises.get(currency);
    }

    /**
     * A credit manager sets the limit in {@code currency}. A lowering, or a raise to at most {@code oneManagerUpTo} (the
     * currency's four-eyes threshold; null: every raise needs two), is in force at once; a higher raise is only
     * requested, for a second credit manager to approve. Setting the limit in force again records nothing, and so does a
     * retry of the same request.
     */
    public List<CustomerEvent> setLimit(String currency, BigDecimal to, String reason, String by, BigDecimal oneManagerUpTo,
            Instant now) {
        requireRegistered();
        BigDecimal from = limitIn(currency);
        CreditLimitRaiseRequested pending = raises.get(currency);
        boolean fourEyes = to.compareTo(from) > 0 && (oneManagerUpTo == null || to.compareTo(oneManagerUpTo) > 0);
        if (fourEyes) {
            if (pending != null && pending.to().compareTo(to) == 0 && pending.requestedBy().equals(by)) {
                return List.of();
            }
            return List.of(new CreditLimitRaiseRequested(card.customerId(), currency, from, to, reason, by, now));
        }
        if (to.compareTo(from) == 0 && pending == null) {
            return List.of();
        }
        return inForce(new CreditLimitSet(card.customerId(), currency, from, to, reason, by, null, now));
    }

    /**
     * A second credit manager approves the raise waiting in {@code currency}: in force from now, naming both. The
     * requester cannot approve their own raise (422); nothing waiting is a 409.
     */
    public List<CustomerEvent> approveRaise(String currency, String by, Instant now) {
        requireRegistered();
        CreditLimitRaiseRequested pending = raises.get(currency);
        if (pending == null) {
            throw new AlreadyRecorded("currency", "No raise of the " + currency + " limit of customer " + card.customerId()
                    + " waits for approval");
        }
        if (pending.requestedBy().equals(by)) {
            throw new RuleViolated("approvedBy", "The raise of the " + currency + " limit to " + pending.to().toPlainString()
                    + " was requested by " + by + ": a second credit manager must approve it");
        }
        return inForce(new CreditLimitSet(card.customerId(), currency, limitIn(currency), pending.to(), pending.reason(),
                pending.requestedBy(), by, now));
    }

    /** The limit set, then the card with it (every service that follows the card learns it). */
    private List<CustomerEvent> inForce(CreditLimitSet set) {
        Map<String, BigDecimal> limits = limits(card);
        limits.put(set.currency(), set.to());
        return List.of(set, updated(withLimits(card, limits)));
    }

    private static CustomerUpdated updated(CustomerProfile c) {
        return new CustomerUpdated(c.customerId(), c.name(), c.email(), c.preferredLanguage(), c.paymentTerms(),
                c.creditLimit(), c.currency(), c.collection(), c.details());
    }

    /** The card's limits per currency: its own currency first, then the further ones. */
    private static Map<String, BigDecimal> limits(CustomerProfile c) {
        Map<String, BigDecimal> limits = new LinkedHashMap<>();
        limits.put(c.currency(), c.creditLimit());
        if (c.details() != null && c.details().creditLimits() != null) {
            c.details().creditLimits().forEach(l -> limits.putIfAbsent(l.currency(), l.amount()));
        }
        return limits;
    }

    /** The card {@code c} with {@code limits} instead of its own (its currency's, zero if none, and the further ones). */
    private static CustomerProfile withLimits(CustomerProfile c, Map<String, BigDecimal> limits) {
        List<CardDetails.Limit> further = limits.entrySet().stream().filter(e -> !e.getKey().equals(c.currency()))
                .map(e -> new CardDetails.Limit(e.getKey(), e.getValue())).toList();
        CardDetails d = c.details();
        CardDetails details = d == null && further.isEmpty() ? null : d == null
                ? new CardDetails(null, null, null, null, null, null, null, null, null, null, null, further)
                : new CardDetails(d.legalRepresentative(), d.address(), d.phone(), d.registeredCapital(), d.businessScope(),
                        d.contacts(), d.characteristics(), d.businessStatus(), d.paymentMethod(), d.paymentSigner(),
                        d.needsVatInvoice(), further.isEmpty() && d.creditLimits() == null ? null : further);
        return new CustomerProfile(c.customerId(), c.name(), c.email(), c.preferredLanguage(), c.paymentTerms(),
                limits.getOrDefault(c.currency(), Money.zero(c.currency())), c.currency(), c.collection(), details);
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
