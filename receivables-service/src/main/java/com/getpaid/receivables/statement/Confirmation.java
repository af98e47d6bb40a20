package com.getpaid.receivables.statement;

import com.getpaid.events.receivables.StatementConfirmed;
import java.time.LocalDate;
import java.util.List;

/** The answer as the API shows it: the event with its status. */
public record Confirmation(String customerId, String period, LocalDate from, LocalDate to,
        String status, String confirmedBy, LocalDate answeredOn, List<StatementConfirmed.Balance> balances,
        List<StatementConfirmed.Difference> differences) {
    public static Confirmation of(StatementConfirmed e) {
        return new Confirmation(e.customerId(), e.period(), e.from(), e.to(), e.status(), e.confirmedBy(), e.answeredOn(),
                e.balances(), e.differences());
    }
}
