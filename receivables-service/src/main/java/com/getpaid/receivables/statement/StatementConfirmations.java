package com.getpaid.receivables.statement;

import com.getpaid.events.Json;
import com.getpaid.events.Money;
import com.getpaid.events.receivables.StatementConfirmed;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.ApiProblem;
import com.getpaid.kit.api.IdempotentRequests;
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

    private final Kernel kernel;
    private final Accounts accounts;
    private final Actors actors;
    private final BusinessCalendar calendar;

    public StatementConfirmations(Kernel kernel, Accounts accounts, Actors actors, BusinessCalendar calendar) {
        this.kernel = kernel;
        this.accounts = accounts;
        this.actors = actors;
        this.calendar = calendar;
    }

    public IdempotentRequests.Reply confirm(String customerId, ConfirmationRequest.Checked request) {
        var today = calendar.today();
        if (!request.to().isBefore(today)) {
            throw ApiProblem.unprocessable("period", "The period " + request.period() + " ends on " + request.to()
                    + "; its statement can be confirmed from the day after");
        }
        String key = customerId + "/" + request.period() + "/" + IdempotentRequests.hash(request).substring(0, 16);
        return kernel.transact(c -> IdempotentRequests.once(c, "statement-confirmation", key, "period", request, () -> {
            var stored = accounts.decide(c, customerId, actors.cause(), account -> {
                if (account.version() == 0) {
                    throw ApiProblem.notFound("No invoices, payments or credit notes for customer '" + customerId + "'");
                }
                var closing = Movements.Jdbc.of(Movements.CLOSING, Map.of("customer", customerId, "last", request.to()));
                List<StatementConfirmed.Balance> balances = Sql.list(c, closing.sql(), rs -> new StatementConfirmed.Balance(
                        rs.getString(1), Money.scaled(rs.getBigDecimal(2), rs.getString(1))), closing.params());
                return List.of(new StatementConfirmed(customerId, request.period(), request.from(), request.to(),
                        request.confirmedBy(), today, balances, request.differences()));
            });
            StatementConfirmed e = (StatementConfirmed) stored.get(0).event();
            LOG.infof("Statement %s of customer %s: %s by %s (closing %s; %d differences reported), recorded by %s", e.period(),
                    customerId, e.status(), e.confirmedBy(), e.balances().stream().map(b -> b.closingBalance().toPlainString()
                            + " " + b.currency()).toList(), e.differences().size(), actors.describe());
            return new IdempotentRequests.Reply(201, Json.write(Confirmation.of(e)));
        }));
    }

    /** The answer as the API shows it: the event with its status. */
    public record Confirmation(String customerId, String period, java.time.LocalDate from, java.time.LocalDate to,
            String status, String confirmedBy, java.time.LocalDate answeredOn, List<StatementConfirmed.Balance> balances,
            List<StatementConfirmed.Difference> differences) {
        public static Confirmation of(StatementConfirmed e) {
            return new Confirmation(e.customerId(), e.period(), e.from(), e.to(), e.status(), e.confirmedBy(), e.answeredOn(),
                    e.balances(), e.differences());
        }
    }
}
