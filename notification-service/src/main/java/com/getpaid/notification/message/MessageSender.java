package com.getpaid.notification.message;

import com.getpaid.events.Json;
import com.getpaid.events.notifications.NotificationCancelled;
import com.getpaid.events.notifications.NotificationEvent;
import com.getpaid.events.notifications.NotificationFailed;
import com.getpaid.events.notifications.NotificationSent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Jdbc;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends queued messages over SMTP, in the customer's language. Before sending it checks the message
 * is still true (no reminder for an invoice paid in the meantime). A message waits while the
 * customer's address is unknown. Failures are retried on the next pass, up to
 * {@code notification.sender.max-attempts}. Delivery is at least once: a crash between the SMTP
 * server's acceptance and the commit sends the message again, with the same Message-ID.
 */
@ApplicationScoped
public class MessageSender {

    @ConfigMapping(prefix = "notification.sender")
    public interface Settings {
        /** How often queued messages are looked at (read by the schedule). */
        @WithDefault("2s")
        String every();

        @WithDefault("10")
        int maxAttempts();

        @WithDefault("20")
        int batchSize();
    }

    private static final Logger LOG = Logger.getLogger(MessageSender.class);

    record Pending(String id, String customerId, String kind, String about, Map<String, String> details, int attempts,
            String email, String name, String language, BigDecimal invoiceOpen) {
    }

    private final Kernel kernel;
    private final Mailer mailer;
    private final Engine templates;
    private final Clock clock;
    private final Settings settings;

    public MessageSender(Kernel kernel, Mailer mailer, Engine templates, Clock clock, Settings settings) {
        this.kernel = kernel;
        this.mailer = mailer;
        this.templates = templates;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(every = "${notification.sender.every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendQueued() {
        kernel.transact(c -> {
            if (!Jdbc.tryTransactionLock(c, "notification:sender")) {
                return null; // another instance is sending
            }
            List<Pending> pending = Sql.list(c, "SELECT n.notification_id, n.customer_id, n.kind, n.about, n.details::text, "
                    + "n.attempts, cc.email, cc.name, cc.language, oi.open_amount FROM notification_view n "
                    + "JOIN customer_contact cc ON cc.customer_id = n.customer_id "
                    + "LEFT JOIN open_invoice oi ON oi.invoice_id = n.details->>'invoiceId' "
                    + "WHERE n.status = 'QUEUED' ORDER BY n.queued_at LIMIT ?",
                    rs -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Json.stringMap(rs.getString(5)),
                            rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10)),
                    settings.batchSize());
            for (Pending p : pending) {
                send(c, p);
            }
            return null;
        });
    }

    private void send(Connection c, Pending p) throws Exception {
        if (Kinds.OVERDUE_REMINDER.equals(p.kind()) && p.invoiceOpen() != null && p.invoiceOpen().signum() <= 0) {
            record(c, p, new NotificationCancelled(p.id(), p.customerId(), "Invoice " + p.details().get("invoiceId")
                    + " was paid before the reminder went out", clock.instant()));
            LOG.infof("Reminder %s for customer %s cancelled: invoice %s was paid meanwhile", p.about(), p.customerId(),
                    p.details().get("invoiceId"));
            return;
        }
        String language = "zh-CN".equals(p.language()) ? "zh-CN" : "en";
        String messageId = "<" + p.id() + "@getpaid>";
        String subject;
        try {
            Template template = templates.getTemplate(p.kind() + "_" + language);
            String[] rendered = template.data("name", p.name()).data("details", p.details()).render().split("\n", 2);
            subject = rendered[0].replaceFirst("^Subject: ", "").strip();
            mailer.send(Mail.withText(p.email(), subject, rendered[1].strip() + "\n").addHeader("Message-ID", messageId));
        } catch (Exception e) {
            int attempts = p.attempts() + 1;
            Sql.update(c, "UPDATE notification_view SET attempts = ?, last_error = ? WHERE notification_id = ?", attempts,
                    e.toString(), p.id());
            LOG.warnf("Sending %s %s to %s failed (attempt %d of %d): %s", p.kind(), p.about(), p.email(), attempts,
                    settings.maxAttempts(), e.toString());
            if (attempts >= settings.maxAttempts()) {
                record(c, p, new NotificationFailed(p.id(), p.customerId(), attempts, e.toString(), clock.instant()));
            }
            return;
        }
        record(c, p, new NotificationSent(p.id(), p.customerId(), p.email(), subject, language, messageId, clock.instant()));
        LOG.infof("Sent %s about %s to customer %s at %s (%s): \"%s\"", p.kind(), p.about(), p.customerId(), p.email(),
                language, subject);
    }

    private void record(Connection c, Pending p, NotificationEvent event) throws Exception {
        String stream = Messages.streamId(p.id());
        long version = kernel.store().load(c, stream).size();
        kernel.store().append(c, stream, version, List.of(event), EventStore.Cause.none());
    }
}
