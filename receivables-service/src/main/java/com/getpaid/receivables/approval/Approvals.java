package com.getpaid.receivables.approval;

import com.getpaid.events.receivables.ApprovalRequested;
import com.getpaid.receivables.query.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the requests for approval from {@code approval_view}, on the event loop, oldest first. */
@ApplicationScoped
public class Approvals {

    private static final String COLUMNS = "SELECT approval_id, customer_id, kind, reference, invoice_id, amount, currency, "
            + "reason, status, requested_by, requested_on, decided_by, decided_on, rejection FROM approval_view";

    static ApprovalView pending(ApprovalRequested r) {
        return new ApprovalView(r.approvalId(), r.customerId(), r.kind(), r.reference(), r.invoiceId(), r.amount(),
                r.currency(), r.reason(), ApprovalView.PENDING, r.requestedBy(), r.requestedOn(), null, null, null);
    }

    public Uni<List<ApprovalView>> list(String status, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        String where = "";
        if (status != null) {
            where = " WHERE status = :status";
            parameters.put("status", status);
        }
        return Rows.of(COLUMNS + where + " ORDER BY requested_on, approval_id LIMIT :size OFFSET :offset", parameters)
                .map(rows -> rows.stream().map(Approvals::view).toList());
    }

    public Uni<List<ApprovalView>> one(String approvalId) {
        return Rows.of(COLUMNS + " WHERE approval_id = :id", Map.of("id", approvalId))
                .map(rows -> rows.stream().map(Approvals::view).toList());
    }

    private static ApprovalView view(Object[] r) {
        return new ApprovalView((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                com.getpaid.events.Money.scaled(Rows.decimal(r[5]), (String) r[6]), (String) r[6], (String) r[7],
                (String) r[8], (String) r[9], Rows.date(r[10]), (String) r[11], Rows.date(r[12]), (String) r[13]);
    }
}
