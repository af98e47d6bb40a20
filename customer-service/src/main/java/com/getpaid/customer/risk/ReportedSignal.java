package com.getpaid.customer.risk;

/** The risk signals staff report from the field; those derived from events come by themselves. */
public enum ReportedSignal {
    PRICE_DUMPING, KEY_PEOPLE_CHANGE, BUSINESS_SHIFT, RELOCATION_OR_CLOSURE, FORCE_MAJEURE, OTHER
}
