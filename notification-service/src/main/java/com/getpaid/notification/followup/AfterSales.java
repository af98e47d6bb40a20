package com.getpaid.notification.followup;

import com.getpaid.events.CloudEvent;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.store.Sql;
import com.getpaid.notification.message.Kinds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The "333" after-sales follow-ups (售后回访): a call 3 days, 3 weeks and 3 months after a customer's first delivery,
 * for the account manager, to hear how the goods are doing before a complaint has to. Later deliveries get them too
 * when {@code notification.after-sales.every-delivery} is on. A delivery is an issued invoice; the first one seen for a
 * customer counts as the first. Once per delivery and step, however often the invoice arrives.
 */
@ApplicationScoped
public class AfterSales {

    @ConfigMapping(prefix = "notification.after-sales")
    public interface Settings {
        /** Follow every delivery, not only the customer's first. */
        @WithDefault("false")
        boolean everyDelivery();

        /** The time of day (business zone) the tasks fall due. */
        @WithDefault("09:00")
        LocalTime at();
    }

    /** The steps: 3 days, 3 weeks, 3 months. */
    static final Map<String, Period> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("3D", Period.ofDays(3));
        STEPS.put("3W", Period.ofWeeks(3));
        STEPS.put("3M", Period.ofMonths(3));
    }

    private final FollowUps followUps;
    private final Settings settings;
    private final ZoneId zone;

    public AfterSales(FollowUps followUps, Settings settings,
            @ConfigProperty(name = "getpaid.business-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.followUps = followUps;
        this.settings = settings;
        this.zone = zone;
    }

    /** Notes the delivery; the first of the customer (or any, when configured) gets its three follow-ups. */
    public void delivered(Connection c, CloudEvent cause, InvoiceIssued invoice) throws Exception {
        boolean first = Sql.one(c, "SELECT 1 FROM customer_delivery WHERE customer_id = ? AND invoice_id <> ? LIMIT 1",
                rs -> 1, invoice.customerId(), invoice.invoiceId()).isEmpty();
        Sql.update(c, "INSERT INTO customer_delivery (customer_id, invoice_id, issue_date) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", invoice.customerId(), invoice.invoiceId(), invoice.issueDate());
        if (!first && !settings.everyDelivery()) {
            return;
        }
        String manager = FollowUps.accountManagerOf(c, invoice.customerId());
        for (Map.Entry<String, Period> step : STEPS.entrySet()) {
            followUps.schedule(c, cause, invoice.customerId(), Kinds.AFTER_SALES_FOLLOW_UP, invoice.invoiceId() + "#"
                    + step.getKey(), invoice.issueDate().plus(step.getValue()).atTime(settings.at()).atZone(zone).toInstant(),
                    manager);
        }
    }
}
