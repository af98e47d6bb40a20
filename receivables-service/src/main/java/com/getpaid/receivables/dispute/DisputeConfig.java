package com.getpaid.receivables.dispute;

import com.getpaid.receivables.account.DisputePolicy;
import com.getpaid.receivables.approval.ApprovalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dispute policy from configuration: {@code receivables.dispute.confirmation-threshold.<CURRENCY>} per currency and
 * {@code .default} for the others (10000.00, the four-eyes threshold: a dispute takes as much out of the exposure as a
 * write-off of that size would, so one person may do either up to the same amount); {@code receivables.dispute.review-days}
 * (14) and {@code receivables.dispute.max-review-days} (30).
 */
@ApplicationScoped
public class DisputeConfig {

    @Produces
    @Singleton // a record cannot have a client proxy
    DisputePolicy policy(Config config,
            @ConfigProperty(name = "receivables.dispute.confirmation-threshold.default", defaultValue = "10000.00")
            BigDecimal otherwise,
            @ConfigProperty(name = "receivables.dispute.review-days", defaultValue = "14") int reviewDays,
            @ConfigProperty(name = "receivables.dispute.max-review-days", defaultValue = "30") int maxReviewDays) {
        return new DisputePolicy(ApprovalConfig.perCurrency(config,
                "receivables.dispute.confirmation-threshold.", otherwise), reviewDays, maxReviewDays);
    }
}
