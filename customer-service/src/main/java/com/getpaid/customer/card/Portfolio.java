package com.getpaid.customer.card;

import com.getpaid.kit.BusinessCalendar;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer portfolio at a glance, counted by the database in one GROUP BY over the cards (by grade and value tier,
 * at most 16 groups), read on the event loop through the reactive PostgreSQL client.
 */
@ApplicationScoped
public class Portfolio {

    /** The counts a credit manager's dashboard shows; grades and tiers always A, B, C and none (not assessed, not ranked). */
    public record Counts(long customers, long onHold, Map<String, Long> byGrade, Map<String, Long> byTier, long reviewsDue) {
    }

    private static final String COUNT = "SELECT k.credit->>'grade', v.tier, count(*), "
            + "count(*) FILTER (WHERE k.hold_since IS NOT NULL), count(*) FILTER (WHERE k.next_review_due <= $1) "
            + "FROM customer_card k LEFT JOIN customer_value v ON v.customer_id = k.customer_id GROUP BY 1, 2";

    private final Pool reads;
    private final BusinessCalendar calendar;

    public Portfolio(Pool reads, BusinessCalendar calendar) {
        this.reads = reads;
        this.calendar = calendar;
    }

    /** Reviews due are those on or before today in the business zone. */
    public Uni<Counts> counts() {
        return reads.preparedQuery(COUNT).execute(Tuple.of(calendar.today())).map(rows -> {
            Map<String, Long> byGrade = classes();
            Map<String, Long> byTier = classes();
            long customers = 0;
            long onHold = 0;
            long reviewsDue = 0;
            for (Row r : rows) {
                long n = r.getLong(2);
                byGrade.merge(r.getString(0) == null ? "none" : r.getString(0), n, Long::sum);
                byTier.merge(r.getString(1) == null ? "none" : r.getString(1), n, Long::sum);
                customers += n;
                onHold += r.getLong(3);
                reviewsDue += r.getLong(4);
            }
            return new Counts(customers, onHold, byGrade, byTier, reviewsDue);
        });
    }

    private static Map<String, Long> classes() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String c : new String[] { "A", "B", "C", "none" }) {
            counts.put(c, 0L);
        }
        return counts;
    }
}
