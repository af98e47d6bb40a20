package com.getpaid.receivables.statement;

import com.getpaid.events.Money;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.command.Answer;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.command.Idempotency;
import com.getpaid.kit.domain.NotFound;
import com.getpaid.kit.domain.RuleViolated;
import com.getpaid.kit.security.Actors;
import com.getpaid.receivables.account.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Records the customer's answer to a month's statement (对账确认): the closing balances it confirms,
 * taken under the customer's lock so they are the ones a statement printed at that moment shows, or
 * the differences it reports. The same answer sent twice is recorded once; another answer for the
 * same month (the differences settled, say) is recorded after it and supersedes it.
 */
@ApplicationScoped
public class StatementConfirmations {

    private static final Logger LOG = Logger.getLogger(StatementConfirmations.class);

    private final Commands commands;
    private final Accounts accounts;
    private final Actors actors;
    private final BusinessCalendar calendar;

    public StatementConfirmations(Commands commands, Accounts accounts, Actors actors, BusinessCalendar calendar) {
        this.commands = commands;
        this.accounts = accounts;
        this.actors = actors;
        this.calendar = calendar;
    }

    public Answer<Confirmation> confirm(String customerId, ConfirmationRequest.Checked request) {
        var today = calendar.today();
        if (!request.to().isBefore(today)) {
            throw new RuleViolated("period", "The period " + request.period() + " ends on " + request.to()
                    + "; its statement can be confirmed from the day after");
        }
        String key = customerId + "/" + request.period() + "/" + IdempotentRequests.hash(request).substring(0, 16);
        return commands.once(Idempotency.of("statement-confirmation", key, "period", request), Confirmation.class, tx -> {
            var c = tx.connection();
            StatementConfirmed e = tx.decide(accounts, customerId, account -> {
                if (account.version() == 0) {
                    throw new NotFound("No invoices, payments or credit notes for customer '" + customerId + "'");
                }
                var closing = Movements.Jdbc.of(Movements.CLOSING, Map.of("customer", customerId, "last", request.to()));
                List<StatementConfirmed.Balance> balances = Sql.list(c, closing.sql(), rs -> new StatementConfirmed.Balance(
                        rs.getString(1), Money.scaled(rs.getBigDecimal(2), rs.getString(1))), closing.params());
                return List.of(new StatementConfirmed(customerId, request.period(), request.from(), request.to(),
                        request.confirmedBy(), today, balances, request.differences()));
            }).one(StatementConfirmed.class);
            LOG.infof("Statement %s of customer %s: %s by %s (closing %s; %d differences reported), recorded by %s", e.period(),
                    customerId, e.status(), e.confirmedBy(), e.balances().stream().map(b -> b.closingBalance().toPlainString()
                            + " " + b.currency()).toList(), e.differences().size(), actors.describe());
            return Answer.created(Confirmation.of(e));
        });
    }
}
