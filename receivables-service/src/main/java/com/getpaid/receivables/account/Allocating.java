package com.getpaid.receivables.account;

import com.getpaid.events.receivables.Allocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Spreading money over open invoices, oldest due first. A part of {@link ReceivablesAccount}. */
final class Allocating {

    private Allocating() {
    }

    static final Comparator<Invoice> OLDEST_DUE_FIRST = Comparator.comparing((Invoice i) -> i.dueDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i.issueDate).thenComparing(i -> i.invoiceId);

    static List<Invoice> openIn(ReceivablesAccount acc, String currency) {
        return acc.invoices.values().stream().filter(i -> i.currency.equals(currency) && i.open.signum() > 0)
                .sorted(OLDEST_DUE_FIRST).toList();
    }

    /** Spreads {@code amount} over the invoices in the order given, each up to what is open on it. */
    static List<Allocation> allocate(BigDecimal amount, List<Invoice> open) {
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal left = amount;
        for (Invoice invoice : open) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal part = left.min(invoice.open);
            allocations.add(new Allocation(invoice.invoiceId, part));
            left = left.subtract(part);
        }
        return allocations;
    }

    static BigDecimal total(List<Allocation> parts) {
        return parts.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
