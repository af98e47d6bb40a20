package com.getpaid.customer.card;

/** The payment terms a card may state; named as {@code PaymentTerms} records them in the events. */
public enum TermsType {
    /** 现款现货: paid on delivery. */
    CASH_ON_DELIVERY,
    NET_DAYS,
    /** 送二结一: deliver two, settle one. */
    DELIVER_TWO_SETTLE_ONE,
    /** 月结: monthly, on a day of the month. */
    MONTHLY,
    FIXED_DATE
}
