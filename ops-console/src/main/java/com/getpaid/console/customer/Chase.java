package com.getpaid.console.customer;

import com.getpaid.console.services.Doc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why an open invoice is or is not being chased right now, in the reader's words, from what the services say of it:
 * the disputed part (out of dunning), a promise that pauses it until a day, a letter waiting for the customer's
 * contact window, no address to write to (known only to those who may see contact details), or the day of its
 * next step. It decides nothing: each reason is a field the
 * services computed, put into a sentence.
 */
final class Chase {

    private Chase() {
    }

    /** Invoice id to the sentences that explain it. */
    static Map<String, List<String>> explain(List<Object> openInvoices, Doc card, boolean seesContacts,
            List<Object> letters, LocalDate today, Map<String, String> t) {
        Map<String, List<String>> why = new LinkedHashMap<>();
        for (Object row : openInvoices) {
            Doc invoice = (Doc) row;
            String id = invoice.text("invoiceId");
            List<String> reasons = new ArrayList<>();
            String disputed = invoice.text("disputedAmount");
            if (disputed != null && new BigDecimal(disputed).signum() > 0) {
                reasons.add(t.get("chaseDisputed").formatted(disputed + " " + invoice.text("currency")));
            }
            String paused = invoice.text("dunningPausedUntil");
            if (paused != null && !LocalDate.parse(paused).isBefore(today)) {
                reasons.add(t.get("chasePromised").formatted(paused));
            }
            for (Object m : letters) {
                Doc letter = (Doc) m;
                String about = letter.text("about");
                if ("QUEUED".equals(letter.text("status")) && letter.text("note") != null && about != null
                        && about.startsWith(id + "#")) {
                    reasons.add(t.get("chaseWaiting").formatted(letter.text("note")));
                }
            }
            if (card != null && seesContacts && card.text("email") == null) {
                reasons.add(t.get("chaseNoEmail"));
            }
            String next = invoice.text("nextDunningOn");
            if (reasons.isEmpty()) {
                if (next != null) {
                    reasons.add(t.get("chaseNext").formatted(next));
                } else if ("AWAITING_TERMS".equals(invoice.text("status"))) {
                    reasons.add(t.get("chaseAwaitingTerms"));
                } else {
                    reasons.add(t.get("chaseEndOfLadder"));
                }
            } else if (next != null) {
                reasons.add(t.get("chaseThenNext").formatted(next));
            }
            why.put(id, reasons);
        }
        return why;
    }
}
