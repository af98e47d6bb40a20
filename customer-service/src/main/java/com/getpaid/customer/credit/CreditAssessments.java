package com.getpaid.customer.credit;

import com.getpaid.customer.account.Customer;
import com.getpaid.customer.hold.HoldEvaluator;
import com.getpaid.events.Money;
import com.getpaid.events.customers.CreditAssessed;
import com.getpaid.events.customers.CreditAssessed.PaymentRecord;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueWork;
import com.getpaid.kit.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Credit assessments (信用评估): the indicators a credit manager enters, the payment record read from what receivables
 * reported, the grade and the recommended limit ({@link CreditGrading}). On the day a review falls due
 * ({@link CreditReviews}, due work) it is raised ({@code CreditReviewDue}, a task for a person) and the hold looked at
 * again; the grace days running out are the hold's own due work ({@code GraceDaysRunOut}).
 */
@ApplicationScoped
public class CreditAssessments {

    private static final Logger LOG = Logger.getLogger(CreditAssessments.class);

    /** The indicators as entered, checked. */
    public record Indicators(BigDecimal currentRatio, BigDecimal debtToAssets, BigDecimal receivablesTurnover,
            BigDecimal returnOnAssets, String assessedBy) {
    }

    private final Kernel kernel;
    private final Commands commands;
    private final HoldEvaluator holds;
    private final Clock clock;
    private final BusinessCalendar calendar;
    private final DueWork dueWork;

    public CreditAssessments(Kernel kernel, Commands commands, HoldEvaluator holds, Clock clock, BusinessCalendar calendar,
            DueWork dueWork) {
        this.dueWork = dueWork;
        this.kernel = kernel;
        this.commands = commands;
        this.holds = holds;
        this.clock = clock;
        this.calendar = calendar;
    }

    public CreditAssessed assess(String customerId, Indicators in) {
        return commands.run(tx -> {
            Connection c = tx.connection();
            Customer customer = tx.load(Customer.KIND, customerId);
            if (!customer.registered()) {
                throw new NotFound("No customer '" + customerId + "'");
            }
            LocalDate today = calendar.today();
            PaymentRecord record = paymentRecord(c, customerId, today);
            CreditGrading.Grade grade = CreditGrading.grade(in.currentRatio(), in.debtToAssets(), in.receivablesTurnover(),
                    in.returnOnAssets(), record);
            String currency = customer.card().currency();
            BigDecimal sales = Sql.one(c, "SELECT coalesce(sum(amount), 0) FROM receivable_invoice WHERE customer_id = ? "
                    + "AND currency = ? AND coalesce(issue_date, due_date) > ?", rs -> rs.getBigDecimal(1), customerId, currency,
                    today.minusYears(1)).orElse(BigDecimal.ZERO);
            BigDecimal limit = CreditGrading.recommendedLimit(grade.grade(), sales, customer.card().creditLimit(),
                    Money.currency(currency).getDefaultFractionDigits());
            CreditAssessed assessed = new CreditAssessed(customerId, "CA-" + UUID.randomUUID(), in.currentRatio(),
                    in.debtToAssets(), in.receivablesTurnover(), in.returnOnAssets(), record, grade.score(), grade.grade(), limit,
                    currency, grade.explanation(), in.assessedBy(), today, CreditGrading.nextReview(grade.grade(), today),
                    clock.instant());
            tx.decide(Customer.KIND, customerId, known -> known.assess(assessed));
            dueWork.reschedule(c, CreditReviews.KIND, customerId, calendar.startOf(assessed.nextReviewDue()));
            holds.reevaluate(tx, customerId); // the grade's grace days may hold, or no longer hold
            LOG.infof("Customer %s assessed by %s: grade %s (%s), recommended limit %s %s, next review %s", customerId,
                    in.assessedBy(), grade.grade(), grade.explanation(), limit.toPlainString(), currency, assessed.nextReviewDue());
            return assessed;
        });
    }

    /** The customer's own record over the 12 months before {@code today}, from receivables' invoices and broken promises. */
    static PaymentRecord paymentRecord(Connection c, String customerId, LocalDate today) throws Exception {
        record Row(int due, int late, BigDecimal averageLate) {
        }
        Row row = Sql.one(c, "SELECT count(*), count(*) FILTER (WHERE late > 0), coalesce(avg(late), 0) FROM ("
                + "SELECT greatest(coalesce(settled_on, ?) - due_date, 0) AS late FROM receivable_invoice "
                + "WHERE customer_id = ? AND due_date > ? AND due_date < ? AND (settled_on IS NOT NULL OR open_amount > 0)) r",
                rs -> new Row(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3)), today, customerId, today.minusYears(1), today)
                .orElseThrow();
        int broken = Sql.one(c, "SELECT count(*) FROM risk_signal_view WHERE customer_id = ? AND signal = 'BROKEN_PROMISE' "
                + "AND detected_at > ?", rs -> rs.getInt(1), customerId, today.minusYears(1).atStartOfDay()
                        .toInstant(java.time.ZoneOffset.UTC)).orElse(0);
        BigDecimal average = row.averageLate().setScale(1, RoundingMode.HALF_UP);
        return new PaymentRecord(row.due(), row.late(), average, broken,
                CreditGrading.recordScore(row.due(), row.late(), average, broken));
    }

    /** A review that fell due is raised once; the hold is looked at again (grace days run out with the calendar). */
    void lookAgain(Commands.Tx tx, String customerId, LocalDate today) throws Exception {
        Customer customer = tx.load(Customer.KIND, customerId);
        tx.decide(Customer.KIND, customerId, known -> known.reviewDue(today)).events().forEach(e -> LOG.infof(
                "Customer %s: credit review due (grade %s, assessed before)", customerId, customer.grade()));
        holds.reevaluate(tx, customerId);
    }

    /**
     * Looks at every graded customer whose review fell due (and is not raised yet) or who is overdue, now: queues
     * their credit review for the due-work runner (which also comes by itself on each review's day).
     */
    public int watch() {
        LocalDate today = calendar.today();
        return kernel.transact(c -> {
            List<String> customers = Sql.list(c, "SELECT customer_id FROM customer_card c WHERE credit IS NOT NULL AND ((NOT "
                    + "review_due_raised AND next_review_due <= ?) OR EXISTS (SELECT 1 FROM receivable_invoice i WHERE "
                    + "i.customer_id = c.customer_id AND i.overdue AND i.open_amount > i.disputed))", rs -> rs.getString(1),
                    today);
            for (String customerId : customers) {
                dueWork.schedule(c, CreditReviews.KIND, customerId, clock.instant());
            }
            return customers.size();
        });
    }
}
