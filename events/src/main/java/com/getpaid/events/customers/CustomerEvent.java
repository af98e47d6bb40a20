package com.getpaid.events.customers;

import com.getpaid.events.DomainEvent;

/** Events of the customer card (客户资料卡) and its supply hold, published on customers.v1. */
public sealed interface CustomerEvent extends DomainEvent
        permits CustomerCardChanged, SupplyHoldPlaced, SupplyHoldUpdated, SupplyHoldReleased, ManualHoldPlaced, HoldLifted,
        RiskSignalDetected, CreditAssessed, CreditReviewDue, AccountHandedOver, CreditLimitProposed, CreditLimitRaiseRequested,
        CreditLimitSet {

    @Override
    default String subject() {
        return customerId();
    }
}
