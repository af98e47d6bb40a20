package com.getpaid.receivables.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Record the customer's promise to pay {@code amount} for the invoices named on {@code promisedFor}. */
public record RecordPromise(String promiseId, String customerId, List<String> invoiceIds, BigDecimal amount, String currency,
        LocalDate promisedFor, String recordedBy, LocalDate recordedOn) {
}
