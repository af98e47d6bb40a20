package com.getpaid.receivables.account;

/** How a dispute ends: the customer was right (UPHELD), wrong (REJECTED), or both agreed on part (SETTLED). */
public enum DisputeOutcome {
    UPHELD, REJECTED, SETTLED
}
