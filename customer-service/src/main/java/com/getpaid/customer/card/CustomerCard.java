package com.getpaid.customer.card;

import com.getpaid.customer.account.CustomerProfile;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.events.Json;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.HoldReason;
import com.getpaid.events.customers.PaymentTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The customer card as the ERP and the dashboards read it. */
public record CustomerCard(String customerId, String name, String email, String preferredLanguage,
        PaymentTerms paymentTerms, BigDecimal creditLimit, String currency, CollectionProfile collection,
        List<CurrencyExposure> exposure, Hold hold, List<OpenComplaint> openComplaints, Credit credit,
        CardDetails details, Value value, List<ProposedLimit> proposedLimits, List<PendingRaise> pendingRaises) {

    /** A limit the ERP sent that is not in force (the credit manager's to set): shown, never applied. */
    public record ProposedLimit(String currency, BigDecimal creditLimit, String proposedBy, Instant proposedAt) {
    }

    /** A raise above the four-eyes threshold, waiting for a second credit manager. */
    public record PendingRaise(String currency, BigDecimal from, BigDecimal to, String reason, String requestedBy,
            Instant requestedAt) {
    }

    /** The JSON of the card's limit changes: the ERP's proposals and the waiting raises, each by currency. */
    record LimitChanges(java.util.Map<String, ProposedLimit> proposed, java.util.Map<String, PendingRaise> raises) {
    }

    /** The grade of the last credit assessment (A, B, C), or null before any: the contract's name for it. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public String creditGrade() {
        return credit == null ? null : credit.grade();
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public java.time.LocalDate assessedOn() {
        return credit == null ? null : credit.assessedOn();
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public java.time.LocalDate nextReviewDue() {
        return credit == null ? null : credit.nextReviewDue();
    }

    /** The value tier (A, B, C), or null before the first ranking. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public String valueTier() {
        return value == null ? null : value.tier();
    }

    /** The RFM digits (recency, frequency, monetary: 1 to 5 each), or null without sales. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public String rfm() {
        return value == null ? null : value.rfm();
    }

    /** The value tier (A, B, C: 二八原则) and RFM, recomputed daily; a customer can be tier A and grade C. */
    public record Value(String tier, String rfm, int rfmScore, java.math.BigDecimal revenue, String currency,
            java.time.LocalDate computedOn) {
    }

    /** The last credit assessment: grade, score, when, the next review, the recommended limit; null before any. */
    public record Credit(String grade, java.math.BigDecimal score, java.time.LocalDate assessedOn,
            java.time.LocalDate nextReviewDue, java.math.BigDecimal recommendedLimit, String currency, String assessmentId) {
    }

    /** A complaint of the customer not yet closed, and who handles it: what a new account manager must know first. */
    public record OpenComplaint(String complaintId, String status, String category, String severity, String handler,
            Instant loggedAt) {
    }

    /** Open and overdue receivables in one currency, without what is disputed; the disputed part beside them. */
    public record CurrencyExposure(String currency, BigDecimal open, BigDecimal overdue, BigDecimal disputed) {
    }

    /** The card from its projection row and the customer's exposure: the one mapping the write and read side share. */
    static CustomerCard of(CardRow row, Exposure exposure) {
        List<HoldReason> reasons = List.of(Json.read(row.holdReasons(), HoldReason[].class));
        List<CurrencyExposure> perCurrency = exposure.byCurrency().entrySet().stream()
                .map(e -> new CurrencyExposure(e.getKey(), e.getValue().open(), e.getValue().overdue(),
                        e.getValue().disputed())).toList();
        return new CustomerCard(row.customerId(), row.name(), row.email(), row.preferredLanguage(),
                Json.read(row.paymentTerms(), PaymentTerms.class), row.creditLimit(), row.currency(),
                row.collection() == null ? null : Json.read(row.collection(), CollectionProfile.class), perCurrency,
                new Hold(!reasons.isEmpty(), reasons, row.holdSince() == null ? null : row.holdSince().toInstant()),
                row.openComplaints() == null ? List.of() : List.of(Json.read(row.openComplaints(), OpenComplaint[].class)),
                row.credit() == null ? null : Json.read(row.credit(), Credit.class),
                row.details() == null ? null : Json.read(row.details(), CardDetails.class),
                row.value() == null ? null : Json.read(row.value(), Value.class), List.of(), List.of())
                .withLimitChanges(row.limitChanges() == null ? null : Json.read(row.limitChanges(), LimitChanges.class));
    }

    /** The card with the ERP's proposals that differ from the limits in force, and the raises waiting. */
    private CustomerCard withLimitChanges(LimitChanges changes) {
        if (changes == null) {
            return this;
        }
        CustomerProfile terms = terms();
        List<ProposedLimit> proposals = changes.proposed() == null ? List.of() : changes.proposed().values().stream()
                .filter(p -> { BigDecimal inForce = terms.limitIn(p.currency());
                    return inForce == null ? p.creditLimit().signum() != 0 : inForce.compareTo(p.creditLimit()) != 0; })
                .toList();
        List<PendingRaise> raises = changes.raises() == null ? List.of() : List.copyOf(changes.raises().values());
        return new CustomerCard(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency, collection,
                exposure, hold, openComplaints, credit, details, value, proposals, raises);
    }

    /**
     * The card as a viewer (dashboards) sees it, field by field what it allows: names, terms, limits, exposure, the hold's
     * codes, grade and tier. No free text (hold messages, notes), no people (contacts, addresses, the legal
     * representative, the account manager, who proposed or requested what).
     */
    public record ViewerCard(String customerId, String name, PaymentTerms paymentTerms, BigDecimal creditLimit,
            String currency, List<CardDetails.Limit> creditLimits, List<CurrencyExposure> exposure, HoldCodes hold,
            Graded credit, Tiered value) {
    }

    /** The hold as codes: whether, since when, and the reasons' codes without their sentences. */
    public record HoldCodes(boolean active, List<String> codes, Instant since) {
    }

    /** The last assessment's grade and the next review, without the figures behind them. */
    public record Graded(String grade, java.time.LocalDate nextReviewDue) {
    }

    /** The value tier alone. */
    public record Tiered(String tier) {
    }

    public ViewerCard forViewer() {
        return new ViewerCard(customerId, name, paymentTerms, creditLimit, currency,
                details == null || details.creditLimits() == null ? List.of() : details.creditLimits(), exposure,
                new HoldCodes(hold.active(), hold.reasons().stream().map(HoldReason::code).toList(), hold.since()),
                credit == null ? null : new Graded(credit.grade(), credit.nextReviewDue()),
                value == null ? null : new Tiered(value.tier()));
    }

    /** The terms and limit the hold rules decide on. */
    public CustomerProfile terms() {
        return new CustomerProfile(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency,
                collection, details);
    }

    public record Hold(boolean active, List<HoldReason> reasons, Instant since) {
    }
}
