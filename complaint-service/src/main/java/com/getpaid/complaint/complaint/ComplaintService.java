package com.getpaid.complaint.complaint;

import com.getpaid.events.Json;
import com.getpaid.events.Money;
import com.getpaid.events.complaints.ComplaintEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.api.IdempotentRequests;
import com.getpaid.kit.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Logs complaints and reads them. */
@ApplicationScoped
public class ComplaintService {

    private static final Logger LOG = Logger.getLogger(ComplaintService.class);

    private final Kernel kernel;
    private final Actors actors;
    private final Clock clock;

    public ComplaintService(Kernel kernel, Clock clock, Actors actors) {
        this.kernel = kernel;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Logs the complaint. With an {@code Idempotency-Key} the same request again gets the same
     * complaint back instead of a second one.
     */
    public IdempotentRequests.Reply log(LogComplaint command, String idempotencyKey) {
        return kernel.transact(c -> {
            IdempotentRequests.Action logIt = () -> {
            long number = Sql.one(c, "SELECT nextval('complaint_number')", rs -> rs.getLong(1)).orElseThrow();
            String id = "CMP-%06d".formatted(number);
            Complaint complaint = Complaint.from(List.<ComplaintEvent>of());
            kernel.store().append(c, Complaint.streamId(id), complaint.version(), complaint.log(id, command, clock.instant()),
                    actors.cause());
            LOG.infof("Complaint %s logged for customer %s: %s via %s, recorded by %s%s", id, command.customerId(),
                    command.category(), command.channel(), command.recordedBy(), command.disputedAmount() == null ? ""
                            : ", disputing " + command.disputedAmount().toPlainString() + " " + command.currency());
            return new IdempotentRequests.Reply(201, Json.write(view(c, id).orElseThrow()));
            };
            return idempotencyKey == null ? logIt.run()
                    : IdempotentRequests.once(c, "complaint", idempotencyKey, "Idempotency-Key", command, logIt);
        });
    }

    public Optional<ComplaintView> find(String id) {
        return kernel.transact(c -> view(c, id));
    }

    Optional<ComplaintView> view(Connection c, String id) throws Exception {
        return Sql.one(c, "SELECT * FROM complaint_view WHERE complaint_id = ?", rs -> {
            String currency = rs.getString("currency");
            return new ComplaintView(rs.getString("complaint_id"), rs.getString("customer_id"), rs.getString("category"),
                    rs.getString("channel"), rs.getString("description"), rs.getString("recorded_by"),
                    List.of(Json.read(rs.getString("invoice_ids"), String[].class)),
                    currency == null ? null : Money.scaled(rs.getBigDecimal("disputed_amount"), currency),
                    currency, rs.getString("status"), Sql.instant(rs, "logged_at"));
        }, id);
    }
}
