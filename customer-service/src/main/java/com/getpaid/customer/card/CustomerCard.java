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
        CardDetails details, Value value) {

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
                row.value() == null ? null : Json.read(row.value(), Value.class));
    }

    /** The card as a viewer (dashboards) sees it: the customer's name, never its contact details. */
    public CustomerCard withoutContactDetails() {
        return new CustomerCard(customerId, name, null, preferredLanguage, paymentTerms, creditLimit, currency, collection,
                exposure, hold, openComplaints, credit, details == null ? null : details.withoutContactDetails(), value);
    }

    /** The terms and limit the hold rules decide on. */
    public CustomerProfile terms() {
        return new CustomerProfile(customerId, name, email, preferredLanguage, paymentTerms, creditLimit, currency,
                collection, details);
    }

    public record Hold(boolean active, List<HoldReason> reasons, Instant since) {
    }
}
