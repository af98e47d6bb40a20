package com.getpaid.notification.message;

import java.util.List;
import java.util.Map;

/**
 * What a letter template reads: the customer's name and the invoices of the letter as they are when it is sent. The
 * templates declare it ({@code {@com.getpaid.notification.message.Letter letter}}), so a misspelt field fails the
 * build instead of a customer's email.
 */
public record Letter(String name, List<Item> items) {

    /** One invoice of a letter; {@code daysOverdue} for a ladder step, {@code daysBefore} for a note before the due date. */
    public record Item(String invoiceId, String dueDate, String openAmount, String currency, String daysOverdue,
            String daysBefore) {

        static Item of(Map<String, String> item) {
            return new Item(item.get("invoiceId"), item.get("dueDate"), item.get("openAmount"), item.get("currency"),
                    item.get("daysOverdue"), item.get("daysBefore"));
        }
    }

    static Letter of(String name, List<Map<String, String>> items) {
        return new Letter(name, items.stream().map(Item::of).toList());
    }

    /** The first invoice: a letter about one invoice names it in the subject and the text. */
    public Item first() {
        return items.get(0);
    }

    /** More than one invoice: the wording lists them. */
    public boolean many() {
        return items.size() > 1;
    }

    public int count() {
        return items.size();
    }
}
