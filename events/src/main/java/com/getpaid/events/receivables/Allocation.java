package com.getpaid.events.receivables;

import java.math.BigDecimal;

/** The part of a payment applied to one invoice. */
public record Allocation(String invoiceId, BigDecimal amount) {
}
