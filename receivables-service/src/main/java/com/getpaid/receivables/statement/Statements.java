package com.getpaid.receivables.statement;

import com.getpaid.events.Money;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import com.getpaid.receivables.query.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads statements of account from the read models, on the event loop. The opening balance is the
 * sum of every movement before the period, so it always equals the closing balance of the period
 * before, however the periods are cut.
 */
@ApplicationScoped
public class Statements {

    /** Enough for years of an ordinary customer; a longer list asks for a shorter period instead of a huge answer. */
    static final int MAX_LINES = 10_000;

    public Uni<StatementView> read(String customerId, LocalDate first, LocalDate last) {
        Map<String, Object> period = Map.of("customer", customerId, "first", first, "last", last);
        return Rows.of("SELECT currency, coalesce(sum(debit - credit) FILTER (WHERE day < :first), 0), "
                + "coalesce(sum(credit_effect) FILTER (WHERE day <= :last), 0), count(*) FILTER (WHERE day <= :last) "
                + "FROM " + Movements.OF_THE_CUSTOMER + "GROUP BY currency ORDER BY currency", period).chain(balances -> {
                    if (balances.isEmpty()) {
                        throw new NotFound("No invoices, payments or credit notes for customer '" + customerId + "'");
                    }
                    return Rows.of("SELECT currency, day, type, reference, invoice_id, debit, credit, note FROM "
                            + Movements.OF_THE_CUSTOMER + "WHERE day >= :first AND day <= :last "
                            + "ORDER BY currency, day, rank, reference LIMIT " + (MAX_LINES + 1), period)
                            .map(lines -> statement(customerId, first, last, balances, lines));
                });
    }

    private static StatementView statement(String customerId, LocalDate first, LocalDate last, List<Object[]> balances,
            List<Object[]> lines) {
        if (lines.size() > MAX_LINES) {
            throw new RuleViolated("to", "The period has more than " + MAX_LINES + " movements; ask for a shorter one");
        }
        List<StatementView.CurrencyStatement> currencies = new ArrayList<>();
        for (Object[] b : balances) {
            String currency = (String) b[0];
            if (Rows.count(b[3]) == 0) {
                continue; // nothing in this currency up to the period's end
            }
            BigDecimal opening = Money.scaled(Rows.decimal(b[1]), currency);
            BigDecimal balance = opening;
            BigDecimal debits = Money.zero(currency);
            BigDecimal credits = Money.zero(currency);
            List<StatementView.Line> own = new ArrayList<>();
            for (Object[] l : lines) {
                if (!currency.equals(l[0])) {
                    continue;
                }
                BigDecimal debit = Money.scaled(Rows.decimal(l[5]), currency);
                BigDecimal credit = Money.scaled(Rows.decimal(l[6]), currency);
                balance = balance.add(debit).subtract(credit);
                debits = debits.add(debit);
                credits = credits.add(credit);
                own.add(new StatementView.Line(Rows.date(l[1]), (String) l[2], (String) l[3], (String) l[4], debit, credit,
                        balance, (String) l[7]));
            }
            BigDecimal creditBalance = Money.scaled(Rows.decimal(b[2]), currency);
            currencies.add(new StatementView.CurrencyStatement(currency, opening, own, debits, credits, balance,
                    balance.add(creditBalance), creditBalance));
        }
        return new StatementView(customerId, first, last, currencies);
    }
}
