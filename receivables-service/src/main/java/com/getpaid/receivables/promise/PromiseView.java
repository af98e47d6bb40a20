package com.getpaid.receivables.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A promise to pay as collectors read it: {@code status} OPEN until judged, then KEPT, PARTIALLY_KEPT or BROKEN, with
 * what was paid towards its invoices since it was made; {@code pausesUntil} is the last day its invoices are not dunned;
 * {@code customerName} as customer-service last told (null before it has).
 */
public record PromiseView(String promiseId, String customerId, List<String> invoiceIds, BigDecimal amount, String currency,
        LocalDate promisedFor, LocalDate pausesUntil, String recordedBy, LocalDate recordedOn, String status, BigDecimal paid,
        LocalDate judgedOn, String customerName) {

    /** A promise as the viewer (dashboards) sees it: amounts, days and status, never who recorded it. */
    public record Glance(String promiseId, String customerId, String customerName, List<String> invoiceIds,
            BigDecimal amount, String currency, LocalDate promisedFor, LocalDate pausesUntil, LocalDate recordedOn,
            String status, BigDecimal paid, LocalDate judgedOn) {
    }

    public Glance glance() {
        return new Glance(promiseId, customerId, customerName, invoiceIds, amount, currency, promisedFor, pausesUntil,
                recordedOn, status, paid, judgedOn);
    }
}
