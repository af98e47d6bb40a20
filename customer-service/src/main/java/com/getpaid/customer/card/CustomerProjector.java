package com.getpaid.customer.card;

import com.getpaid.customer.account.CustomerProfile;
import com.getpaid.events.Json;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CreditLimitProposed;
import com.getpaid.events.customers.CreditLimitRaiseRequested;
import com.getpaid.events.customers.CreditLimitSet;
import com.getpaid.events.customers.CreditReviewDue;
import com.getpaid.events.customers.AccountHandedOver;
import com.getpaid.events.customers.CustomerEvent;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.CustomerUpdated;
import com.getpaid.events.customers.ManualHoldPlaced;
import com.getpaid.events.customers.HoldLifted;
import com.getpaid.events.customers.RiskSignalDetected;
import com.getpaid.events.customers.SupplyHoldPlaced;
import com.getpaid.events.customers.SupplyHoldReleased;
import com.getpaid.events.customers.SupplyHoldUpdated;
import com.getpaid.events.store.Projector;
import com.getpaid.events.store.Sql;
import com.getpaid.events.store.StoredEvent;
import com.getpaid.kit.dispatch.Dispatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/** Keeps {@code customer_card} in step with the customer events, in the same transaction. */
@ApplicationScoped
public class CustomerProjector implements Projector {

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("customer_card", "risk_signal_view");
    }

    private static final Dispatch<Connection, CustomerEvent> PROJECT = Dispatch.<Connection, CustomerEvent>over(
            CustomerEvent.class)
            .on(CustomerRegistered.class, (c, e) -> upsert(c, CustomerProfile.of(e)))
            .on(CustomerUpdated.class, (c, e) -> upsert(c, CustomerProfile.of(e)))
            .on(SupplyHoldPlaced.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET hold_reasons = ?::jsonb, "
                    + "hold_since = ? WHERE customer_id = ?", Json.write(e.reasons()), e.since(), e.customerId()))
            .on(SupplyHoldUpdated.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET hold_reasons = ?::jsonb WHERE "
                    + "customer_id = ?", Json.write(e.reasons()), e.customerId()))
            .on(SupplyHoldReleased.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET hold_reasons = '[]'::jsonb, "
                    + "hold_since = NULL WHERE customer_id = ?", e.customerId()))
            .on(CreditAssessed.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET credit = ?::jsonb, "
                    + "next_review_due = ?, review_due_raised = false WHERE customer_id = ?", Json.write(new CustomerCard.Credit(
                            e.grade(), e.score(), e.assessedOn(), e.nextReviewDue(), e.recommendedLimit(), e.currency(),
                            e.assessmentId())), e.nextReviewDue(), e.customerId()))
            .on(CreditReviewDue.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET review_due_raised = true WHERE "
                    + "customer_id = ?", e.customerId()))
            .on(HoldLifted.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET hold_suspended = ?::jsonb, "
                    + "hold_suspended_until = ? WHERE customer_id = ?", e.until() == null ? null : Json.write(e.suspended()),
                    e.until(), e.customerId()))
            .on(RiskSignalDetected.class, (c, e) -> Sql.update(c, "INSERT INTO risk_signal_view (signal_id, customer_id, "
                    + "signal, severity, evidence, source, places_hold, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                    + "(signal_id) DO NOTHING", e.signalId(), e.customerId(), e.signal(), e.severity(), e.evidence(),
                    e.source(), e.placesHold(), e.detectedAt()))
            .on(CreditLimitProposed.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET limit_proposals = "
                    + "limit_proposals || ?::jsonb WHERE customer_id = ?", Json.write(java.util.Map.of(e.currency(),
                            new CustomerCard.ProposedLimit(e.currency(), e.creditLimit(), e.proposedBy(), e.proposedAt()))),
                    e.customerId()))
            .on(CreditLimitRaiseRequested.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET limit_raises = "
                    + "limit_raises || ?::jsonb WHERE customer_id = ?", Json.write(java.util.Map.of(e.currency(),
                            new CustomerCard.PendingRaise(e.currency(), e.from(), e.to(), e.reason(), e.requestedBy(),
                                    e.requestedAt()))), e.customerId()))
            // the limit itself comes with the CustomerUpdated after it
            .on(CreditLimitSet.class, (c, e) -> Sql.update(c, "UPDATE customer_card SET limit_raises = limit_raises - ? "
                    + "WHERE customer_id = ?", e.currency(), e.customerId()))
            // the manual hold shows through the SupplyHoldPlaced after it; the new manager through the CustomerUpdated
            .ignore(ManualHoldPlaced.class, AccountHandedOver.class)
            .build();

    @Override
    public void project(Connection c, StoredEvent stored) throws Exception {
        if (stored.event() instanceof CustomerEvent event) {
            PROJECT.handle(c, event);
        }
    }

    private static void upsert(Connection c, CustomerProfile card) throws Exception {
        Sql.update(c, "INSERT INTO customer_card (customer_id, name, email, preferred_language, payment_terms, credit_limit, "
                + "currency, hold_reasons, collection, details) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, '[]'::jsonb, ?::jsonb, ?::jsonb) "
                + "ON CONFLICT (customer_id) DO UPDATE SET "
                + "name = excluded.name, email = excluded.email, preferred_language = excluded.preferred_language, "
                + "payment_terms = excluded.payment_terms, credit_limit = excluded.credit_limit, currency = excluded.currency, "
                + "collection = excluded.collection, details = excluded.details",
                card.customerId(), card.name(), card.email(), card.preferredLanguage(), Json.write(card.paymentTerms()),
                card.creditLimit(), card.currency(), card.collection() == null ? null : Json.write(card.collection()),
                card.details() == null ? null : Json.write(card.details()));
    }
}
