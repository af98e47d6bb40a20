package com.getpaid.customer.account;

import java.time.Instant;
import java.util.List;

/**
 * A credit manager's suspension of automatic hold reasons ({@code HoldLifted} with {@code until}): the reasons that held
 * when it was decided stop holding, and stop refusing shipments, until then. A reason that appears later is not covered.
 */
public record Suspension(List<String> reasons, Instant until) {

    public static final Suspension NONE = new Suspension(List.of(), null);

    public Suspension {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Whether the reason {@code code} is suspended at {@code now} (the suspension ends at {@code until}). */
    public boolean covers(String code, Instant now) {
        return until != null && now.isBefore(until) && reasons.contains(code);
    }
}
