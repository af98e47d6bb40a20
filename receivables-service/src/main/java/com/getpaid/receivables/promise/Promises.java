package com.getpaid.receivables.promise;

import com.getpaid.events.Money;
import com.getpaid.receivables.account.DunningLadder;
import com.getpaid.receivables.query.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import com.getpaid.kit.security.CustomerScope;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads promises to pay from {@code promise_view}, on the event loop: one customer's, or across customers. */
@ApplicationScoped
public class Promises {

    /** What {@code promise_view} holds: OPEN until judged, then KEPT, PARTIALLY_KEPT or BROKEN. */
    static final Set<String> STATUSES = Set.of("OPEN", "KEPT", "PARTIALLY_KEPT", "BROKEN");

    /** Every part optional; a customer's promises come latest promised day first, across customers soonest first. */
    public record Filter(String customerId, String status, LocalDate dueBy, String recordedBy, int page, int size, String scope) {
    }

    private final DunningLadder ladder;

    public Promises(DunningLadder ladder) {
        this.ladder = ladder;
    }

    public Uni<List<PromiseView>> list(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE " + CustomerScope.sql("t.collection->>'accountManager'", ":scope"));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scope", f.scope());
        if (f.customerId() != null) {
            where.append(" AND p.customer_id = :customer");
            parameters.put("customer", f.customerId());
        }
        if (f.status() != null) {
            where.append(" AND p.status = :status");
            parameters.put("status", f.status());
        }
        if (f.dueBy() != null) {
            where.append(" AND p.promised_for <= :dueBy");
            parameters.put("dueBy", f.dueBy());
        }
        if (f.recordedBy() != null) {
            where.append(" AND p.recorded_by = :recordedBy");
            parameters.put("recordedBy", f.recordedBy());
        }
        parameters.put("size", f.size());
        parameters.put("offset", (long) f.page() * f.size());
        String order = f.customerId() != null ? "p.promised_for DESC, p.promise_id" : "p.promised_for, p.promise_id";
        return Rows.of("SELECT p.promise_id, p.customer_id, array_to_string(p.invoice_ids, ','), p.amount, p.currency, "
                + "p.promised_for, p.recorded_by, p.recorded_on, p.status, p.paid, p.judged_on, t.name FROM promise_view p "
                + "LEFT JOIN customer_terms t ON t.customer_id = p.customer_id" + where + " ORDER BY " + order
                + " LIMIT :size OFFSET :offset", parameters).map(rows -> rows.stream().map(this::view).toList());
    }

    private PromiseView view(Object[] r) {
        String currency = (String) r[4];
        LocalDate promisedFor = Rows.date(r[5]);
        return new PromiseView((String) r[0], (String) r[1], Arrays.asList(((String) r[2]).split(",")),
                Money.scaled(Rows.decimal(r[3]), currency), currency, promisedFor,
                promisedFor.plusDays(ladder.promiseToleranceDays()), (String) r[6], Rows.date(r[7]), (String) r[8],
                r[9] == null ? null : Money.scaled(Rows.decimal(r[9]), currency), Rows.date(r[10]), (String) r[11]);
    }
}
