package com.getpaid.complaint.board;

import com.getpaid.complaint.workflow.ComplaintStatus;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the board and the analysis from the complaints' read model. */
@ApplicationScoped
public class ComplaintBoard {

    /** The states a complaint is open in, in the workflow's order. */
    static final List<String> OPEN = java.util.Arrays.stream(ComplaintStatus.values()).filter(s -> !s.closed())
            .map(Enum::name).toList();
    static final String IS_OPEN = "status NOT IN ('CLOSED', 'CLOSED_UNREACHABLE')";
    /** A board list is capped; the counts above it are not. */
    static final int MAX_ITEMS = 200;

    private final Kernel kernel;
    private final Clock clock;
    private final ZoneId zone;

    public ComplaintBoard(Kernel kernel, Clock clock,
            @ConfigProperty(name = "getpaid.business-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.kernel = kernel;
        this.clock = clock;
        this.zone = zone;
    }

    public Board board() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        return kernel.transact(c -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            OPEN.forEach(s -> byStatus.put(s, 0L));
            Sql.list(c, "SELECT status, count(*) FROM complaint_view WHERE " + IS_OPEN + " GROUP BY status",
                    rs -> byStatus.put(rs.getString(1), rs.getLong(2)));
            long open = byStatus.values().stream().mapToLong(Long::longValue).sum();
            return new Board(now, byStatus, open,
                    items(c, "dispatch_due", "(status = 'LOGGED' AND dispatch_due < ?) OR (dispatch_overdue AND " + IS_OPEN
                            + ")", now),
                    items(c, "callback_due", "status = 'CARRIED_OUT' AND callback_due >= ? AND callback_due < ?", now, endOfToday),
                    items(c, "callback_due", "status = 'CARRIED_OUT' AND callback_due < ?", now));
        });
    }

    private static List<Board.Item> items(Connection c, String due, String where, Object... params) throws Exception {
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = MAX_ITEMS;
        return Sql.list(c, "SELECT complaint_id, customer_id, status, severity, handler, " + due + " FROM complaint_view WHERE "
                + where + " ORDER BY " + due + ", complaint_id LIMIT ?", rs -> new Board.Item(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), Sql.instant(rs, due)), all);
    }

    /** The complaints logged from {@code from} to {@code to} (business days, both included). */
    public Analysis analysis(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        String period = " FROM complaint_view WHERE logged_at >= ? AND logged_at < ?";
        return kernel.transact(c -> {
            long total = Sql.one(c, "SELECT count(*)" + period, rs -> rs.getLong(1), start, end).orElse(0L);
            Analysis.Sla dispatch = Sql.one(c, "SELECT "
                    + "count(*) FILTER (WHERE assigned_at IS NOT NULL AND assigned_at <= dispatch_due AND NOT dispatch_overdue), "
                    + "count(*) FILTER (WHERE dispatch_overdue OR assigned_at > dispatch_due "
                    + "OR (assigned_at IS NULL AND dispatch_due < ?)), "
                    + "count(*) FILTER (WHERE assigned_at IS NULL AND dispatch_due >= ?)"
                    + period + " AND dispatch_due IS NOT NULL", rs -> sla(rs.getLong(1), rs.getLong(2), rs.getLong(3)), now, now,
                    start, end).orElseThrow();
            // each carrying out (cycle) of a complaint logged in the period: was the first call made by its due time?
            Analysis.Sla callback = Sql.one(c, "WITH cycles AS (SELECT v.complaint_id, v.callback_due AS due, NULL::timestamptz "
                    + "AS first_call FROM complaint_view v WHERE v.status = 'CARRIED_OUT' AND v.callback_attempts = 0 "
                    + "AND v.logged_at >= ? AND v.logged_at < ? UNION ALL SELECT b.complaint_id, min(b.due_at), min(b.called_at) "
                    + "FROM complaint_callback b JOIN complaint_view v ON v.complaint_id = b.complaint_id "
                    + "WHERE v.logged_at >= ? AND v.logged_at < ? GROUP BY b.complaint_id, b.cycle) SELECT "
                    + "count(*) FILTER (WHERE first_call IS NOT NULL AND (due IS NULL OR first_call <= due)), "
                    + "count(*) FILTER (WHERE (first_call IS NOT NULL AND first_call > due) OR (first_call IS NULL AND due < ?)), "
                    + "count(*) FILTER (WHERE first_call IS NULL AND due >= ?) FROM cycles",
                    rs -> sla(rs.getLong(1), rs.getLong(2), rs.getLong(3)), start, end, start, end, now, now).orElseThrow();
            Analysis.Satisfaction satisfaction = Sql.one(c, "SELECT count(*) FILTER (WHERE b.reached), "
                    + "count(*) FILTER (WHERE b.reached AND b.satisfied) FROM complaint_callback b JOIN complaint_view v "
                    + "ON v.complaint_id = b.complaint_id WHERE v.logged_at >= ? AND v.logged_at < ?",
                    rs -> new Analysis.Satisfaction(rs.getLong(1), rs.getLong(2), percent(rs.getLong(2), rs.getLong(1))),
                    start, end).orElseThrow();
            return new Analysis(from, to, total, counts(c, "category", period, start, end),
                    counts(c, "product->>'name'", period, start, end), counts(c, "product->>'batchNumber'", period, start, end),
                    counts(c, "customer_id", period, start, end), counts(c, "root_cause", period, start, end), dispatch, callback,
                    satisfaction);
        });
    }

    private static List<Analysis.Count> counts(Connection c, String key, String period, Instant start, Instant end)
            throws Exception {
        return Sql.list(c, "SELECT coalesce(" + key + ", '(none)') AS k, count(*) AS n" + period + " GROUP BY k "
                + "ORDER BY n DESC, k LIMIT 50", rs -> new Analysis.Count(rs.getString(1), rs.getLong(2)), start, end);
    }

    static Analysis.Sla sla(long met, long breached, long pending) {
        return new Analysis.Sla(met, breached, pending, percent(met, met + breached));
    }

    /** {@code part} of {@code whole} in percent, one decimal; null when there is nothing to count. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
