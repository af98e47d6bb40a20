package com.getpaid.receivables.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every movement on a customer's account as one table, from the read models: what the statement of
 * account lists, and what its balances add up. The balance is what the customer owes net of its
 * credit balance: invoices and reinstatements (and refunds, which pay credit back) are debits;
 * payments, credit notes and write-offs are credits. A credit balance applied to an invoice is both
 * (it settles the invoice with money the customer already has here), so it moves nothing.
 * {@code credit_effect} is what each movement does to the credit balance, to split the balance into
 * open invoices and credit. Within a day the order is fixed, so a statement reads the same every time it
 * is printed: invoices, write-offs, reinstatements (which follow a write-off), credit notes,
 * payments, credit applied, refunds.
 */
final class Movements {

    static final String OF_THE_CUSTOMER = "(SELECT currency, issue_date AS day, 1 AS rank, 'INVOICE' AS type, "
            + "invoice_id AS reference, invoice_id, amount AS debit, 0 AS credit, 0 AS credit_effect, delivery_ref AS note "
            + "FROM invoice_view WHERE customer_id = :customer "
            + "UNION ALL SELECT currency, reinstated_on, 3, 'REINSTATEMENT', write_off_id, invoice_id, amount, 0, 0, "
            + "'paid by ' || reinstated_by FROM write_off_view WHERE customer_id = :customer AND reinstated_on IS NOT NULL "
            + "UNION ALL SELECT currency, received_on, 5, 'PAYMENT', payment_id, NULL, 0, amount, unallocated, method "
            + "FROM payment_view WHERE customer_id = :customer "
            + "UNION ALL SELECT currency, issue_date, 4, 'CREDIT_NOTE', credit_note_id, invoice_id, 0, amount, to_credit, reason "
            + "FROM credit_note_view WHERE customer_id = :customer "
            + "UNION ALL SELECT currency, applied_on, 6, 'CREDIT_APPLIED', invoice_id, invoice_id, amount, amount, -amount, "
            + "'credit balance applied to the invoice' FROM credit_applied_view WHERE customer_id = :customer "
            + "UNION ALL SELECT currency, written_off_on, 2, 'WRITE_OFF', write_off_id, invoice_id, 0, amount, 0, reason "
            + "FROM write_off_view WHERE customer_id = :customer "
            + "UNION ALL SELECT currency, paid_on, 7, 'REFUND', refund_id, NULL, amount, 0, -amount, method "
            + "FROM refund_view WHERE customer_id = :customer) movement ";

    /** Closing balances per currency on {@code :last}: what a confirmation records. */
    static final String CLOSING = "SELECT currency, sum(debit - credit) FROM " + OF_THE_CUSTOMER
            + "WHERE day <= :last GROUP BY currency ORDER BY currency";

    private static final Pattern NAMED = Pattern.compile(":([a-z]+)\\b");

    /** A query with {@code ?} for each named parameter and the values in their order, as JDBC takes it. */
    record Jdbc(String sql, Object[] params) {
        static Jdbc of(String sql, Map<String, Object> values) {
            List<Object> params = new ArrayList<>();
            Matcher m = NAMED.matcher(sql);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                params.add(values.get(m.group(1)));
                m.appendReplacement(out, "?");
            }
            m.appendTail(out);
            return new Jdbc(out.toString(), params.toArray());
        }
    }

    private Movements() {
    }
}
