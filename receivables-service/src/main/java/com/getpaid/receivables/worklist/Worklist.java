package com.getpaid.receivables.worklist;

import com.getpaid.events.Money;
import com.getpaid.receivables.account.DunningLadder;
import com.getpaid.receivables.query.Rows;
import com.getpaid.kit.security.CustomerScope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the worklist of a day from the read models, on the event loop, and orders it by {@link Plan}. */
@ApplicationScoped
public class Worklist {

    static final int MAX_ITEMS = 1000;

    /** Per customer and currency: what is overdue, not disputed and not paused by a promise on the day. */
    private static final String OVERDUE = "SELECT i.customer_id, i.currency, sum(i.open_amount - i.disputed), "
            + "max(cast(:day AS date) - i.due_date), max(i.dunning_level), "
            + "string_agg(i.invoice_id, ',' ORDER BY i.due_date, i.invoice_id), t.name, t.collection->>'accountManager', "
            + "cast(t.collection->>'settlementDay' AS int), "
            + "(SELECT count(*) FROM promise_view p WHERE p.customer_id = i.customer_id AND p.status IN ('BROKEN', "
            + "'PARTIALLY_KEPT') AND p.judged_on > cast(:day AS date) - 180), "
            + "(SELECT a.outcome FROM collection_activity_view a WHERE a.customer_id = i.customer_id "
            + "AND a.currency = i.currency AND a.on_date = :day ORDER BY a.position DESC LIMIT 1), t.credit_grade "
            + "FROM invoice_view i LEFT JOIN customer_terms t ON t.customer_id = i.customer_id "
            + "WHERE i.open_amount > i.disputed AND i.due_date < :day AND (i.paused_until IS NULL OR i.paused_until < :day) "
            + "AND (cast(:collector AS text) IS NULL OR t.collection->>'accountManager' = :collector) AND "
            + CustomerScope.sql("t.collection->>'accountManager'", ":scope") + " "
            + "GROUP BY i.customer_id, i.currency, t.name, t.collection, t.credit_grade";

    private final DunningLadder ladder;

    public Worklist(DunningLadder ladder) {
        this.ladder = ladder;
    }

    public static String itemId(String customerId, String currency, LocalDate day) {
        return customerId + "." + currency + "." + day;
    }

    /** The items of the day of the customers {@code collector} manages (null: all) within the caller's scope. */
    public Uni<List<WorklistItem>> of(LocalDate day, String collector, String scope) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scope", scope);
        parameters.put("day", day);
        parameters.put("collector", collector);
        return Rows.of(OVERDUE, parameters).map(rows -> rows.stream().map(r -> item(day, r))
                .sorted(Comparator.comparing(WorklistItem::score).reversed().thenComparing(WorklistItem::customerId)
                        .thenComparing(WorklistItem::currency))
                .limit(MAX_ITEMS).toList());
    }

    private WorklistItem item(LocalDate day, Object[] r) {
        String customerId = (String) r[0];
        String currency = (String) r[1];
        BigDecimal overdue = Money.scaled(Rows.decimal(r[2]), currency);
        int oldest = Rows.integer(r[3]);
        int level = Rows.integer(r[4]);
        Integer settlementDay = Rows.integer(r[8]);
        int broken = (int) Rows.count(r[9]);
        LocalDate settlement = settlementDay == null ? null : Plan.nextSettlement(settlementDay, day);
        Integer daysToSettlement = Plan.daysUntil(day, settlement);
        String grade = (String) r[11];
        String action = Plan.action(level, ladder.steps().size(), oldest, broken, daysToSettlement);
        String stage = ladder.level(level).map(DunningLadder.Step::stage).orElse("no letter yet");
        String reason = overdue.toPlainString() + " " + currency + " overdue, oldest " + oldest + " days; " + stage
                + (broken > 0 ? "; " + broken + " broken promise(s)" : "")
                + (daysToSettlement != null && daysToSettlement <= 3 ? "; settlement day "
                        + (daysToSettlement == 0 ? "today" : "in " + daysToSettlement + " day(s)") : "")
                + (grade == null ? "" : "; credit grade " + grade);
        return new WorklistItem(itemId(customerId, currency, day), customerId, (String) r[6], (String) r[7], action, reason,
                Plan.score(overdue, oldest, broken, daysToSettlement, grade), overdue, currency, oldest, level, broken,
                settlementDay, settlement, Arrays.asList(((String) r[5]).split(",")), (String) r[10], grade);
    }
}
