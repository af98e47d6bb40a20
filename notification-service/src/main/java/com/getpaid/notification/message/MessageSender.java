package com.getpaid.notification.message;

import com.getpaid.events.Json;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.notifications.NotificationEvent;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueItem;
import com.getpaid.kit.due.DueWork;
import com.getpaid.kit.due.DueWorkHandler;
import com.getpaid.notification.contact.Contacts;
import com.getpaid.notification.contact.Staff;
import com.getpaid.notification.followup.FollowUpKind;
import com.getpaid.notification.followup.FollowUps;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends queued messages over SMTP, in the customer's language, each on its own: a message due to go out is an item
 * of due work ({@link #SEND}, keyed by its id), queued in the transaction that queues the message and run by the kit's
 * runner (one runner at a time per item, by its claim). Before sending it checks the message is still true (no
 * reminder for an invoice paid in the meantime). A message waits while the customer's address is unknown: the card's
 * arrival makes it due ({@link #addressKnown}).
 *
 * <p>Guarantee chosen: <b>at most once in a crash-free run, with any number of instances, at least once across a
 * crash</b>, with the same Message-ID so mail clients fold a copy. Each message is (1) claimed in a committed
 * transaction by compare-and-set on its delivery row ({@code claim}, a fencing token: only the sender that moved it
 * from the value it read, while nobody else held it, sends; the runner's lock is not relied on, it vanishes with a
 * dropped connection), (2) handed to the SMTP server outside any transaction, (3) recorded as sent only while this
 * sender's claim still stands; if the database is away at (3) the sender waits for it rather than sending again, and
 * a record repeated after a commit whose answer was lost changes nothing. Only a crash (or a wait longer than the
 * claim timeout) between (2) and (3) leaves a claim behind, and that message goes out again once the claim times out
 * ({@code notification.sender.claim-timeout}): losing a reminder silently is worse than a copy.
 *
 * <p>Failures: an SMTP server that is away or answers 4xx is retried with backoff (doubling from
 * {@code first-retry} to {@code max-backoff}) for up to {@code give-up-after} (hours); a 5xx
 * answer (address refused) fails the message at once with the server's reason. Each failed attempt counts in
 * {@code getpaid.mail.failures}, registered at start-up so it reads 0 before the first. A message that fails for good
 * tells the operators: {@code NotificationFailed}, an ERROR line naming customer, message and reason, the counter
 * {@code getpaid.notification.failed}, and a {@code DELIVERY_FAILED} task for the customer's account manager (listed
 * in {@code GET /api/follow-ups}, and on the console's Today page when due).
 */
@ApplicationScoped
@Startup
public class MessageSender implements DueWorkHandler {

    /** The due work of a message to send: key, the notification id. */
    public static final String SEND = "notification-send";

    @ConfigMapping(prefix = "notification.sender")
    public interface Settings {
        /** The wait after the first failed attempt; it doubles with each further failure. */
        @WithDefault("5s")
        Duration firstRetry();

        @WithDefault("5m")
        Duration maxBackoff();

        /** After this long since it was queued, a message that could not be delivered fails for good. */
        @WithDefault("48h")
        Duration giveUpAfter();

        /**
         * A message claimed longer ago than this was interrupted by a crash: it is sent again. Longer
         * than the mailer's timeout (20s) plus the wait to record a send once the database is back.
         */
        @WithDefault("2m")
        Duration claimTimeout();

        /**
         * The longest a dunning letter waits for the customer's contact window, from its first wait; then it goes in
         * the next working hour (a card that refuses every day would keep it for ever).
         */
        @WithDefault("14d")
        Duration maxDeferral();
    }

    private static final Logger LOG = Logger.getLogger(MessageSender.class);
    /** Recording what the SMTP server already has never gives up: giving up would mean sending it again. */
    private static final Duration FOREVER = Duration.ofDays(365_000);
    private static final EventStore.Cause SENDER = EventStore.Cause.by("notification-service: mail sender");

    record Pending(String id, String customerId, MessageKind kind, String about, Map<String, String> details, int attempts,
            String email, String name, String language, BigDecimal invoiceOpen, Instant queuedAt, CollectionProfile contact,
            Instant sendingSince, long claim, Instant deferredSince, String answersEventId) {
    }

    /** What this sender holds once it won the message: its fencing token, and a letter's invoices as they are now. */
    private record Claim(long token, List<Map<String, String>> items) {
    }

    private final Kernel kernel;
    private final Commands commands;
    private final DueWork dueWork;
    private final Mailer mailer;
    private final Engine templates;
    private final Clock clock;
    private final Settings settings;
    private final Staff staff;
    private final FollowUps followUps;
    private final Counter mailFailures;
    private final Counter failedForGood;

    public MessageSender(Kernel kernel, Commands commands, DueWork dueWork, Mailer mailer, Engine templates, Clock clock, Settings settings,
            Staff staff, FollowUps followUps, MeterRegistry registry) {
        this.commands = commands;
        this.dueWork = dueWork;
        this.staff = staff;
        this.followUps = followUps;
        this.mailFailures = Counter.builder("getpaid.mail.failures")
                .description("Failed attempts to hand a message to the SMTP server (each retry counts)").register(registry);
        this.failedForGood = Counter.builder("getpaid.notification.failed")
                .description("Messages that failed for good (refused, or given up after the retries)").register(registry);
        this.kernel = kernel;
        this.mailer = mailer;
        this.templates = templates;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String kind() {
        return SEND;
    }

    /**
     * A message due to go out: sent, or told when to try again (a contact window, a retry's backoff, a claim left by a
     * crash). Done when it is sent, failed, cancelled, or still without an address (the card's arrival queues it again).
     * The SMTP server is talked to outside the runner's transaction: the claim and the record are committed on their own.
     */
    @Override
    public Optional<Instant> handle(Connection c, DueItem item) throws Exception {
        Instant now = clock.instant();
        Optional<Pending> pending = Sql.one(c, "SELECT n.notification_id, n.customer_id, n.kind, n.about, "
                + "n.details::text, coalesce(d.attempts, 0), cc.email, cc.name, cc.language, oi.open_amount, n.queued_at, "
                + "cc.collection::text, d.sending_since, coalesce(d.claim, 0), d.deferred_since, n.answers_event_id "
                + "FROM notification_view n LEFT JOIN customer_contact cc ON cc.customer_id = n.customer_id "
                + "LEFT JOIN delivery d ON d.notification_id = n.notification_id "
                + "LEFT JOIN open_invoice oi ON oi.invoice_id = n.details->>'invoiceId' "
                + "WHERE n.notification_id = ? AND n.status = 'QUEUED'",
                rs -> new Pending(rs.getString(1), rs.getString(2), MessageKind.valueOf(rs.getString(3)), rs.getString(4),
                        Json.stringMap(rs.getString(5)), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBigDecimal(10), Sql.instant(rs, "queued_at"),
                        rs.getString(12) == null ? null : Json.read(rs.getString(12), CollectionProfile.class),
                        Sql.instant(rs, "sending_since"), rs.getLong(14), Sql.instant(rs, "deferred_since"),
                        rs.getString(16)), item.key());
        if (pending.isEmpty() || pending.get().email() == null) {
            return Optional.empty(); // gone out (or no longer to), or waiting for the address: addressKnown queues it again
        }
        Pending p = pending.get();
        if (p.sendingSince() != null && !p.sendingSince().isBefore(now.minus(settings.claimTimeout()))) {
            return Optional.of(p.sendingSince().plus(settings.claimTimeout())); // a send interrupted by a crash: after the claim times out
        }
        return deliver(p);
    }

    /** The customer's address is known now (or changed): its waiting messages are due at once. */
    public void addressKnown(Connection c, String customerId) throws Exception {
        for (String id : Sql.list(c, "SELECT notification_id FROM notification_view WHERE customer_id = ? AND status = 'QUEUED'",
                rs -> rs.getString(1), customerId)) {
            dueWork.schedule(c, SEND, id, clock.instant());
        }
    }

    private Optional<Instant> deliver(Pending p) {
        boolean letter = p.kind().isLetter();
        Instant at = clock.instant();
        var wait = letter ? ContactWindow.at(at, p.contact(), p.deferredSince(), settings.maxDeferral())
                : Optional.<ContactWindow.Wait>empty();
        if (wait.isPresent() && wait.get().until().isAfter(at)) {
            // a dunning letter at a moment the customer refuses waits for the next allowed one (not an attempt)
            kernel.transact(c -> Sql.update(c, "INSERT INTO delivery (notification_id, next_attempt_at, waiting_for, "
                    + "deferred_since) VALUES (?, ?, ?, ?) ON CONFLICT (notification_id) DO UPDATE SET "
                    + "next_attempt_at = excluded.next_attempt_at, waiting_for = excluded.waiting_for, "
                    + "deferred_since = coalesce(delivery.deferred_since, excluded.deferred_since)", p.id(), wait.get().until(),
                    wait.get().why(), at));
            LOG.infof("%s %s for customer %s waits until %s: %s", p.kind(), p.about(), p.customerId(), wait.get().until(),
                    wait.get().why());
            return Optional.of(wait.get().until());
        }
        if (wait.isPresent()) {
            LOG.warnf("%s %s for customer %s goes now against the customer's contact window (waiting since %s): %s",
                    p.kind(), p.about(), p.customerId(), p.deferredSince(), wait.get().why());
        }
        // claimed (committed) before the SMTP server sees it; a letter's invoices are read under its lock, with the claim,
        // so an invoice joins it before (and is in the email) or after (and starts the next letter)
        Optional<Claim> claim = kernel.transact(c -> {
            if (letter) {
                Sql.one(c, "SELECT 1 FROM notification_view WHERE notification_id = ? FOR UPDATE", rs -> 1, p.id());
            }
            Sql.update(c, "INSERT INTO delivery (notification_id) VALUES (?) ON CONFLICT (notification_id) DO NOTHING", p.id());
            // compare-and-set: only from the token this sender read, and only while no live claim stands
            if (Sql.update(c, "UPDATE delivery SET claim = claim + 1, sending_since = ? WHERE notification_id = ? "
                    + "AND claim = ? AND (sending_since IS NULL OR sending_since < ?)", clock.instant(), p.id(), p.claim(),
                    clock.instant().minus(settings.claimTimeout())) != 1) {
                return Optional.<Claim>empty();
            }
            Claim won = new Claim(p.claim() + 1, letter ? Letters.itemsNow(c, p.id(), p.details(), p.invoiceOpen()) : List.of());
            if (letter && won.items().isEmpty()) {
                Sql.update(c, "UPDATE delivery SET sending_since = NULL WHERE notification_id = ?", p.id());
                record(c, p, m -> m.cancelled("Every invoice of the letter was paid, credited, disputed or promised "
                        + "before it went out", clock.instant()));
            }
            return Optional.of(won);
        });
        if (claim.isEmpty()) {
            // another sender won it since this one read it: its result stands; look again once its claim could time out
            LOG.infof("%s %s for customer %s is being sent by another sender; not sent here", p.kind(), p.about(),
                    p.customerId());
            return Optional.of(clock.instant().plus(settings.claimTimeout()));
        }
        List<Map<String, String>> items = claim.get().items();
        long token = claim.get().token();
        if (letter && items.isEmpty()) {
            LOG.infof("%s %s for customer %s cancelled: every invoice in it was settled, disputed or promised meanwhile",
                    p.kind(), p.about(), p.customerId());
            return Optional.empty();
        }
        boolean alert = p.kind() == MessageKind.RISK_ALERT;
        String to = alert ? p.details().get("to") : p.email(); // an alert goes to the seller's own person
        String language = "zh-CN".equals(alert ? staff.language() : p.language()) ? "zh-CN" : "en";
        String messageId = "<" + p.id() + "@getpaid>";
        Template template = templates.getTemplate(letter(p.kind(), p.details()) + "_" + language);
        // each template declares the one record it reads, so the build checks every expression in it
        String[] rendered = (letter ? template.data("letter", Letter.of(p.name(), items))
                : alert ? template.data("alert", RiskAlert.of(p.name(), p.customerId(), p.details()))
                : p.kind() == MessageKind.HANDOVER_NOTICE ? template.data("handover", HandoverNote.of(p.name(), p.details()))
                : template.data("note", ComplaintNote.of(p.name(), p.details()))).render().split("\n", 2);
        String subject = rendered[0].replaceFirst("^Subject: ", "").strip();

        try {
            mailer.send(Mail.withText(to, subject, rendered[1].strip() + "\n").addHeader("Message-ID", messageId));
        } catch (RuntimeException e) {
            mailFailures.increment();
            return failed(p, token, e);
        }
        untilRecorded(p, token, c -> {
            Sql.update(c, "UPDATE delivery SET attempts = attempts + 1, sending_since = NULL, next_attempt_at = NULL, "
                    + "last_error = NULL, waiting_for = NULL WHERE notification_id = ?", p.id());
            record(c, p, m -> m.sent(to, subject, language, messageId, clock.instant()));
        });
        // the address stays out of the log (personal data); GET /api/notifications shows it to those who may see it
        LOG.infof("Sent %s about %s to customer %s (%s): \"%s\"", p.kind(), p.about(), p.customerId(), language, subject);
        return Optional.empty();
    }

    /** The template of a message: its kind, or for a step of the dunning ladder its stage. */
    static String letter(MessageKind kind, Map<String, String> details) {
        return kind == MessageKind.OVERDUE_REMINDER ? details.getOrDefault("stage", "FRIENDLY_REMINDER") : kind.name();
    }

    /** When to try again, or empty when the message failed for good. */
    private Optional<Instant> failed(Pending p, long token, RuntimeException e) {
        int attempts = p.attempts() + 1;
        String reason = reason(e);
        Instant now = clock.instant();
        boolean permanent = isPermanent(e);
        if (permanent || now.isAfter(p.queuedAt().plus(settings.giveUpAfter()))) {
            String why = (permanent ? "the mail server refused it" : "undelivered after " + settings.giveUpAfter().toHours()
                    + " hours of retries") + ": " + reason;
            String[] assignee = new String[1];
            if (untilRecorded(p, token, c -> {
                Sql.update(c, "UPDATE delivery SET attempts = ?, sending_since = NULL, next_attempt_at = NULL, last_error = ?, waiting_for = NULL "
                        + "WHERE notification_id = ?", attempts, reason, p.id());
                assignee[0] = Contacts.accountManagerOf(c, p.customerId());
                commands.within(c, SENDER, tx -> {
                    tx.decide(Message.KIND, p.id(), m -> m.failed(attempts, reason, now));
                    // someone must reach the customer another way: a task the operators see and the console lists
                    followUps.schedule(tx, p.answersEventId(), p.customerId(), FollowUpKind.DELIVERY_FAILED, p.id(), now,
                            assignee[0], p.kind() + " " + p.about() + " could not be delivered (" + why + ")");
                    return null;
                });
            })) {
                failedForGood.increment();
                LOG.errorf("%s %s (message %s) for customer %s failed for good after %d attempt(s), %s; a %s task for %s",
                        p.kind(), p.about(), p.id(), p.customerId(), attempts, why, FollowUpKind.DELIVERY_FAILED,
                        assignee[0] == null ? "whoever takes it" : assignee[0]);
            }
            return Optional.empty();
        }
        Duration wait = backoff(attempts, settings.firstRetry(), settings.maxBackoff());
        untilRecorded(p, token, c -> Sql.update(c, "UPDATE delivery SET attempts = ?, last_error = ?, next_attempt_at = ?, "
                + "sending_since = NULL, waiting_for = NULL WHERE notification_id = ?", attempts, reason, now.plus(wait), p.id()));
        LOG.warnf("Sending %s %s to customer %s failed (attempt %d): %s; next attempt in %s", p.kind(), p.about(),
                p.customerId(), attempts, reason, wait);
        return Optional.of(now.plus(wait));
    }

    /** The wait after {@code attempts} failures: first, doubling, at most max. */
    static Duration backoff(int attempts, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** The mail server refused the message itself (5xx: unknown address, rejected): sending it again would not help. */
    static boolean isPermanent(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp.isPermanent();
            }
        }
        return false; // no answer, a timeout, a 4xx: the server may take it later
    }

    private static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return "SMTP " + smtp.getReplyCode() + " " + smtp.getReplyMessage();
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Work on a claimed message's delivery row, in the transaction that records it. */
    private interface Recording {
        void record(Connection c) throws Exception;
    }

    /**
     * Records what happened to a message the SMTP server has already seen, only while this sender's claim
     * ({@code token}) still stands; false (nothing recorded) when another sender took it over after the claim timed
     * out, whose result stands, or when it is recorded already (a commit whose answer was lost, tried again). While the
     * database is away this waits for it instead of giving up, so the message is not sent a second time.
     */
    private boolean untilRecorded(Pending p, long token, Recording work) {
        Boolean held = kernel.transactPatiently(c -> {
            Optional<Boolean> claim = Sql.one(c, "SELECT claim = ? AND sending_since IS NOT NULL FROM delivery "
                    + "WHERE notification_id = ? FOR UPDATE", rs -> rs.getBoolean(1), token, p.id());
            if (!claim.orElse(false)) {
                return false;
            }
            work.record(c);
            return true;
        }, FOREVER, "recording the delivery of " + p.kind() + " " + p.about());
        if (!held) {
            LOG.warnf("%s %s (message %s) for customer %s: this sender's claim %d no longer stands (taken over after it timed "
                    + "out, or recorded already); what the holder records stands", p.kind(), p.about(), p.id(),
                    p.customerId(), token);
        }
        return held;
    }

    private void record(Connection c, Pending p, Commands.Decider<Message, NotificationEvent> decision) throws Exception {
        commands.within(c, SENDER, tx -> tx.decide(Message.KIND, p.id(), decision));
    }
}
