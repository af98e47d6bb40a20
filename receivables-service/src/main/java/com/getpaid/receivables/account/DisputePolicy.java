package com.getpaid.receivables.account;

import com.getpaid.kit.domain.RuleViolated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a dispute needs besides its amount: above the {@code confirmation} threshold of its currency, a dispute opened by
 * anyone but a credit manager awaits a credit manager's confirmation before it leaves the exposure that places holds
 * (one person may not release a hold by disputing); and a review date, {@code reviewDays} after opening unless given,
 * never more than {@code maxReviewDays} ahead.
 */
public record DisputePolicy(ApprovalPolicy confirmation, int reviewDays, int maxReviewDays) {

    public DisputePolicy {
        if (reviewDays < 0 || maxReviewDays < reviewDays) {
            throw new IllegalArgumentException("A dispute's review needs 0 <= review days (" + reviewDays
                    + ") <= max review days (" + maxReviewDays + ")");
        }
    }

    boolean awaitsConfirmation(BigDecimal amount, String currency, boolean byCreditManager) {
        return !byCreditManager && confirmation.above(amount, currency);
    }

    /** The review date asked for, or the default one; refused before the opening day or too far ahead. */
    LocalDate reviewBy(LocalDate asked, LocalDate openedOn) {
        if (asked == null) {
            return openedOn.plusDays(reviewDays);
        }
        if (asked.isBefore(openedOn) || asked.isAfter(openedOn.plusDays(maxReviewDays))) {
            throw new RuleViolated("reviewBy", "A dispute is reviewed between " + openedOn + " and "
                    + openedOn.plusDays(maxReviewDays) + " (" + maxReviewDays + " days ahead), not on " + asked);
        }
        return asked;
    }
}
