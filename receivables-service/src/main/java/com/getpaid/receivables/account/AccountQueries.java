package com.getpaid.receivables.account;

import com.getpaid.events.Money;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.receivables.query.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Reads a customer's account from the read models, on the event loop. */
@ApplicationScoped
public class AccountQueries {

    private final BusinessCalendar calendar;

    public AccountQueries(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** Fails with 404 when the account has neither invoices nor payments. */
    public Uni<AccountView> read(String customerId) {
        return Rows.of("SELECT currency, sum(open) AS open, sum(overdue) AS overdue, sum(credit) AS credit FROM ("
                + " SELECT currency, open_amount AS open, CASE WHEN due_date < :today THEN open_amount ELSE 0 END AS overdue, "
                + "   0 AS credit FROM invoice_view WHERE customer_id = :customer"
                + " UNION ALL SELECT currency, 0, 0, amount FROM credit_balance_view WHERE customer_id = :customer"
                + ") t GROUP BY currency ORDER BY currency", Map.of("today", calendar.today(), "customer", customerId))
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFound("No invoices, payments or credit notes for customer '" + customerId + "'");
                    }
                    var balances = rows.stream().map(r -> {
                        String currency = (String) r[0];
                        return new AccountView.Balance(currency, Money.scaled(Rows.decimal(r[1]), currency),
                                Money.scaled(Rows.decimal(r[2]), currency), Money.scaled(Rows.decimal(r[3]), currency));
                    }).toList();
                    return Rows.of("SELECT invoice_id, due_date, open_amount, currency FROM invoice_view "
                            + "WHERE customer_id = :customer AND open_amount > 0 ORDER BY due_date NULLS LAST, invoice_id",
                            Map.of("customer", customerId))
                            .map(open -> new AccountView(customerId, balances, open.stream()
                                    .map(r -> new AccountView.OpenInvoice((String) r[0],
                                            r[1] == null ? null : Rows.date(r[1]).toString(),
                                            Money.scaled(Rows.decimal(r[2]), (String) r[3]), (String) r[3])).toList()));
                });
    }
}
