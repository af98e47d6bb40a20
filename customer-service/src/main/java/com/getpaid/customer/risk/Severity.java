package com.getpaid.customer.risk;

/** How much a risk signal weighs: a HIGH one stops supply while the policy says so. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
