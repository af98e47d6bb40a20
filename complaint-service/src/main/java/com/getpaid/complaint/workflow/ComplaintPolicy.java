package com.getpaid.complaint.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

/** How complaints are handled here: who approves what, when the customer is called back, how fast a complaint is taken. */
@ConfigMapping(prefix = "complaints")
public interface ComplaintPolicy {

    /** A remedy worth more than this needs a manager's approval; at or below it, it is approved with the proposal. */
    @WithDefault("1000.00")
    BigDecimal approvalThreshold();

    /** The threshold's currency; a remedy in another currency always needs approval (no exchange rate is assumed). */
    @WithDefault("CNY")
    String approvalCurrency();

    /** The customer is called back this long after the remedy was carried out (72小时内回访). */
    @WithDefault("72h")
    Duration callbackAfter();

    /** After this many call-back attempts without reaching the customer the complaint closes as unreachable (3 to 5). */
    @WithDefault("3")
    int callbackAttempts();

    /** A logged complaint must have its handler within this much business time (派单). */
    @WithDefault("60m")
    Duration dispatchWithin();

    /** Who takes SERIOUS complaints and complaints whose dispatch is overdue. */
    @WithDefault("senior-handler")
    String seniorHandler();

    /** The business hours in which dispatch time runs, in the business zone ({@code getpaid.business-zone}). */
    @WithDefault("08:30")
    LocalTime opensAt();

    @WithDefault("17:30")
    LocalTime closesAt();

    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> businessDays();


    /** Refuses a policy that cannot work, at start-up, with the reason. */
    default void check() {
        if (callbackAttempts() < 3 || callbackAttempts() > 5) {
            throw new IllegalStateException("complaints.callback-attempts must be 3 to 5, not " + callbackAttempts());
        }
        if (!opensAt().isBefore(closesAt()) || businessDays().isEmpty()) {
            throw new IllegalStateException("complaints business hours need opens-at before closes-at and at least one "
                    + "business day");
        }
        if (approvalThreshold().signum() < 0) {
            throw new IllegalStateException("complaints.approval-threshold must not be negative");
        }
    }
}
