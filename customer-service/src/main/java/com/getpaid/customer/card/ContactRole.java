package com.getpaid.customer.card;

/** Who a person at the customer is to us. */
public enum ContactRole {
    DECISION_MAKER, FINANCE, PURCHASING, OTHER
}
