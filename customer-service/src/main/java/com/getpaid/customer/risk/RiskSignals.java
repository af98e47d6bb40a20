package com.getpaid.customer.risk;

import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** One customer's risk signals as the card's risk tab lists them (table {@code risk_signal_view}). */
@ApplicationScoped
public class RiskSignals {

    private final Kernel kernel;

    public RiskSignals(Kernel kernel) {
        this.kernel = kernel;
    }

    /** The customer's risk signals, newest first. */
    public List<SignalView> of(String customerId) {
        return kernel.transact(c -> Sql.list(c, "SELECT * FROM risk_signal_view WHERE customer_id = ? "
                + "ORDER BY detected_at DESC, signal_id LIMIT 500", rs -> new SignalView(rs.getString("signal_id"),
                        rs.getString("signal"), rs.getString("severity"), rs.getString("evidence"), rs.getString("source"),
                        rs.getBoolean("places_hold"), Sql.instant(rs, "detected_at")), customerId));
    }
}
