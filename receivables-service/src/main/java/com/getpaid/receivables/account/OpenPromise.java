package com.getpaid.receivables.account;

import com.getpaid.events.receivables.PromiseRecorded;
import java.math.BigDecimal;

/** A promise to pay still waiting to be judged, and what was paid towards its invoices since it was made. */
final class OpenPromise {
    final PromiseRecorded made;
    BigDecimal paid = BigDecimal.ZERO;

    OpenPromise(PromiseRecorded made) {
        this.made = made;
    }

    boolean covers(String invoiceId) {
        return made.invoiceIds().contains(invoiceId);
    }
}
