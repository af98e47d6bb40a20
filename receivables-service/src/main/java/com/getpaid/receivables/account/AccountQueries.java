package com.getpaid.receivables.account;

import com.getpaid.events.Money;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads a customer's account from the read models. */
@ApplicationScoped
public class AccountQueries {

    private final Kernel kernel;
    private final BusinessCalendar calendar;

    public AccountQueries(Kernel kernel, BusinessCalendar calendar) {
        this.kernel = kernel;
        this.calendar = calendar;
    }

    /** Empty when the account has neither invoices nor payments. */
    public Optional<AccountView> find(String customerId) {
        return kernel.transact(c -> {
            List<AccountView.Balance> balances = Sql.list(c, "SELECT currency, sum(open) AS open, sum(overdue) AS overdue, "
                    + "sum(credit) AS credit FROM ("
                    + " SELECT currency, open_amount AS open, CASE WHEN due_date < ? THEN open_amount ELSE 0 END AS overdue, "
                    + "   0 AS credit FROM invoice_view WHERE customer_id = ?"
                    + " UNION ALL SELECT currency, 0, 0, unallocated FROM payment_view WHERE customer_id = ?"
                    + ") t GROUP BY currency ORDER BY currency",
                    rs -> {
                        String currency = rs.getString(1);
                        return new AccountView.Balance(currency, Money.scaled(rs.getBigDecimal(2), currency),
                                Money.scaled(rs.getBigDecimal(3), currency), Money.scaled(rs.getBigDecimal(4), currency));
                    },
                    calendar.today(), customerId, customerId);
            if (balances.isEmpty()) {
                return Optional.<AccountView>empty();
            }
            List<AccountView.OpenInvoice> open = Sql.list(c, "SELECT invoice_id, due_date::text, open_amount, currency "
                    + "FROM invoice_view WHERE customer_id = ? AND open_amount > 0 ORDER BY due_date NULLS LAST, invoice_id",
                    rs -> new AccountView.OpenInvoice(rs.getString(1), rs.getString(2), Money.scaled(rs.getBigDecimal(3),
                            rs.getString(4)), rs.getString(4)), customerId);
            return Optional.of(new AccountView(customerId, balances, open));
        });
    }

}
