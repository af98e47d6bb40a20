package com.getpaid.notification.contact;

import com.getpaid.events.Json;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CustomerCardChanged;
import com.getpaid.events.store.Sql;
import java.sql.Connection;
import java.util.Optional;

/** Who to write to and in which language, kept from customers.v1 in {@code customer_contact}. */
public final class Contacts {

    /** Reminders go to the finance (payables) contact when the card names one with an email, in its language. */
    public static void changed(Connection c, CustomerCardChanged e) throws Exception {
        var finance = e.details() == null ? Optional.<CardDetails.Contact>empty() : e.details().financeContact();
        String email = finance.map(CardDetails.Contact::email).orElse(e.email());
        String language = finance.map(CardDetails.Contact::preferredLanguage).orElse(e.preferredLanguage());
        Sql.update(c, "INSERT INTO customer_contact (customer_id, name, email, language, collection) "
                + "VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT (customer_id) DO UPDATE SET name = excluded.name, "
                + "email = excluded.email, language = excluded.language, collection = excluded.collection",
                e.customerId(), e.name(), email, language == null ? e.preferredLanguage() : language,
                e.collection() == null ? null : Json.write(e.collection()));
    }

    /** The customer's account manager, from the card; null when the card names none. */
    public static String accountManagerOf(Connection c, String customerId) throws Exception {
        return Sql.one(c, "SELECT collection->>'accountManager' FROM customer_contact WHERE customer_id = ? "
                + "AND collection->>'accountManager' IS NOT NULL",
                rs -> rs.getString(1), customerId).orElse(null);
    }

    private Contacts() {
    }
}
