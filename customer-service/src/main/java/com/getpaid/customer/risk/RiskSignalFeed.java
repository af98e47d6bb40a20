package com.getpaid.customer.risk;

import com.getpaid.kit.BusinessCalendar;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import com.getpaid.kit.security.CustomerScope;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk signals across customers, newest first, read on the event loop through the reactive PostgreSQL client (the
 * order is the index {@code risk_signal_view_detected}).
 */
@ApplicationScoped
public class RiskSignalFeed {

    private final Pool reads;
    private final BusinessCalendar calendar;

    public RiskSignalFeed(Pool reads, BusinessCalendar calendar) {
        this.reads = reads;
        this.calendar = calendar;
    }

    /** A page of signals of {@code severity} (null: any) detected on or after the business day {@code since} (null: ever). */
    public Uni<List<FeedSignal>> page(String severity, LocalDate since, int page, int size, String scope) {
        List<String> where = new ArrayList<>();
        Tuple args = Tuple.tuple();
        args.addString(scope); // the caller's customers only (CustomerScope)
        where.add(CustomerScope.sql("c.collection->>'accountManager'", "$" + args.size()));
        if (severity != null) {
            args.addString(severity);
            where.add("s.severity = $" + args.size());
        }
        if (since != null) {
            args.addOffsetDateTime(calendar.startOf(since).atOffset(ZoneOffset.UTC));
            where.add("s.detected_at >= $" + args.size());
        }
        args.addInteger(size).addLong((long) page * size);
        String sql = "SELECT s.signal_id, s.customer_id, c.name, s.signal, s.severity, s.evidence, s.source, s.places_hold, "
                + "s.detected_at FROM risk_signal_view s LEFT JOIN customer_card c ON c.customer_id = s.customer_id"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY s.detected_at DESC, s.signal_id LIMIT $" + (args.size() - 1) + " OFFSET $" + args.size();
        return reads.preparedQuery(sql).execute(args).map(rows -> {
            List<FeedSignal> signals = new ArrayList<>(rows.size());
            rows.forEach(r -> signals.add(new FeedSignal(r.getString(0), r.getString(1), r.getString(2),
                    r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getBoolean(7),
                    r.getOffsetDateTime(8).toInstant())));
            return signals;
        });
    }
}
