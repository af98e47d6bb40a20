package com.getpaid.complaint.workflow;

/** What is done for the customer. DISCOUNT, RETURN_REFUND and COMPENSATION are money: credited when carried out. */
public enum Remedy {
    APOLOGY, DISCOUNT, GIFT, REPLACEMENT, RETURN_REFUND, COMPENSATION;

    /** Money to the customer: needs an amount and a currency, and becomes a credit note when carried out. */
    public boolean money() {
        return this == DISCOUNT || this == RETURN_REFUND || this == COMPENSATION;
    }
}
