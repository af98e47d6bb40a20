package com.getpaid.receivables.account;

import com.getpaid.events.store.Sql;
import com.getpaid.kit.BusinessCalendar;
import com.getpaid.kit.due.DueWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a customer's day next brings something ({@link ReceivablesAccount#fallDue}): the next step of the ladder or
 * pre-due note of an invoice not paused by a promise, an invoice fallen due while the customer holds credit in its
 * currency, or the day after a promise's tolerance. The account is due work of kind {@link #KIND} (key: the customer)
 * at the start of that business day; the row is written in the transaction that appends what makes it due.
 */
@ApplicationScoped
public class FallDue {

    /** The due-work kind: a customer's account falls due. */
    public static final String KIND = "receivables-fall-due";

    private final DueWork dueWork;
    private final BusinessCalendar calendar;
    private final DunningLadder ladder;

    public FallDue(DueWork dueWork, BusinessCalendar calendar, DunningLadder ladder) {
        this.dueWork = dueWork;
        this.calendar = calendar;
        this.ladder = ladder;
    }

    /** The first business day something falls due for the customer, by the read models (in the caller's transaction). */
    public Optional<LocalDate> nextDay(Connection c, String customerId) throws Exception {
        return Sql.one(c, "SELECT min(d) AS next_day FROM ("
                + "SELECT greatest(next_dunning_on, coalesce(paused_until + 1, next_dunning_on)) AS d FROM invoice_view "
                + "WHERE customer_id = ? AND open_amount > disputed AND next_dunning_on IS NOT NULL "
                + "UNION ALL SELECT i.due_date FROM invoice_view i WHERE i.customer_id = ? AND i.open_amount > 0 "
                + "AND i.due_date IS NOT NULL AND EXISTS (SELECT 1 FROM credit_balance_view b WHERE b.customer_id = i.customer_id "
                + "AND b.currency = i.currency AND b.amount > 0) "
                + "UNION ALL SELECT promised_for + ? + 1 FROM promise_view WHERE customer_id = ? AND status = 'OPEN') due",
                rs -> Optional.ofNullable(Sql.date(rs, "next_day")), customerId, customerId, ladder.promiseToleranceDays(),
                customerId).flatMap(d -> d);
    }

    /** Puts the customer on the due-work queue for its next day, if any (an earlier time already queued stands). */
    public void schedule(Connection c, String customerId) throws Exception {
        Optional<LocalDate> next = nextDay(c, customerId);
        if (next.isPresent()) {
            dueWork.schedule(c, KIND, customerId, calendar.startOf(next.get()));
        }
    }

    /** The start of a business day in the business zone. */
    public java.time.Instant startOf(LocalDate day) {
        return calendar.startOf(day);
    }
}
