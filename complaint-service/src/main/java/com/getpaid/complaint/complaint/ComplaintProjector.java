package com.getpaid.complaint.complaint;

import com.getpaid.events.Json;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.events.store.Projector;
import com.getpaid.events.store.Sql;
import com.getpaid.events.store.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/** Keeps {@code complaint_view} in step with the complaint events. */
@ApplicationScoped
public class ComplaintProjector implements Projector {

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("complaint_view");
    }

    @Override
    public void project(Connection c, StoredEvent stored) throws Exception {
        if (stored.event() instanceof ComplaintLogged e) {
            Sql.update(c, "INSERT INTO complaint_view (complaint_id, customer_id, category, channel, description, recorded_by, "
                    + "invoice_ids, disputed_amount, currency, status, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, 'LOGGED', ?)",
                    e.complaintId(), e.customerId(), e.category(), e.channel(), e.description(), e.recordedBy(),
                    Json.write(e.invoiceIds()), e.disputedAmount(), e.currency(), e.loggedAt());
        }
    }
}
