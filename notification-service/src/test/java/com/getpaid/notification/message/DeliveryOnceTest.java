package com.getpaid.notification.message;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.getpaid.events.Topics;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.CustomerRegistered;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.events.receivables.InvoiceIssued;
import com.getpaid.events.receivables.PaymentOverdue;
import com.getpaid.events.store.EventStore;
import com.getpaid.events.store.Sql;
import com.getpaid.kit.Kernel;
import com.getpaid.kit.command.Commands;
import com.getpaid.kit.due.DueItem;
import com.getpaid.local.Mailbox;
import com.getpaid.local.PlatformTestResource;
import com.getpaid.local.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A message goes out once whoever else tries at the same moment, a letter never waits for ever for a window the
 * customer never opens, and a message that fails for good reaches someone who can act.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DeliveryOnceTest {

    static final EventStore.Cause TEST = EventStore.Cause.by("test: delivery once");

    @Inject
    Kernel kernel;

    @Inject
    Commands commands;

    @Inject
    MessageSender sender;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = PlatformTestResource.IMAP_PORT)
    int imapPort;

    void register(String customerId, String email, CollectionProfile profile) {
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.CUSTOMERS, new CustomerRegistered(customerId, "Once Trading " + customerId, email, "en",
                    PaymentTerms.cashOnDelivery(), new BigDecimal("5000.00"), "CNY", profile));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> kernel.transact(c -> Sql.one(c,
                "SELECT 1 FROM customer_contact WHERE customer_id = ?", rs -> 1, customerId)).isPresent());
    }

    /** A queued acknowledgement that no runner will pick up (its due work taken off): the test hands it to senders. */
    String queuedByHand(String customerId, Instant queuedAt) {
        String id = UUID.randomUUID().toString();
        kernel.transact(c -> commands.within(c, TEST, tx -> {
            tx.decide(Message.KIND, id, m -> m.queue(customerId, MessageKind.COMPLAINT_ACKNOWLEDGEMENT, "CMP-" + id,
                    Map.of("complaintId", "CMP-" + customerId, "description", "Two cartons missing"), "E-" + id,
                    "ComplaintLogged", queuedAt));
            tx.flush();
            return null;
        }));
        return id;
    }

    Optional<Instant> sendNow(String id) {
        return kernel.transact(c -> sender.handle(c, new DueItem(MessageSender.SEND, id, Instant.now(), 0, null)));
    }

    @Test
    void twoSendersOnOneMessageAtOnceSendOneEmail() throws Exception {
        List<String> addresses = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String customer = "C-ONCE-" + i;
            addresses.add("once-" + i + "@example.com");
            register(customer, addresses.get(i - 1), null);
            ids.add(queuedByHand(customer, Instant.now()));
        }
        // two instances whose runners both took the same message (a lock that vanished, or a second path): both go at once
        for (String id : ids) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Optional<Instant>>> senders = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        return sendNow(id);
                    })).toList();
            start.countDown();
            CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).join();
        }
        for (int i = 0; i < ids.size(); i++) {
            String address = addresses.get(i);
            await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.read(imapPort, address).size() >= 1);
            assertEquals(1, Mailbox.read(imapPort, address).size(), "one email to " + address);
            String id = ids.get(i);
            assertEquals(1L, (long) kernel.transact(c -> Sql.one(c, "SELECT count(*) FROM event_store WHERE stream_id = ? "
                    + "AND type = 'NotificationSent'", rs -> rs.getLong(1), "notification-" + id)).orElseThrow(),
                    "one NotificationSent for " + id);
        }
        // a third try later (a redelivery, a late runner) sends nothing more
        assertEquals(Optional.empty(), sendNow(ids.get(0)));
        assertEquals(1, Mailbox.read(imapPort, addresses.get(0)).size());
    }

    @Test
    void aMessageThatFailsForGoodIsATaskForTheAccountManagerAndCounted() {
        double before = failedForGood();
        // an address the mail client refuses, on a message queued longer ago than the retries last (48 h)
        register("C-GONE", "ap at gone.example", new CollectionProfile("wang.fang", null, null, List.of(), 0, null));
        String id = queuedByHand("C-GONE", Instant.now().minus(Duration.ofHours(49)));
        assertEquals(Optional.empty(), sendNow(id));

        MailFailuresTest.operator().get("/api/notifications?customerId=C-GONE").then().statusCode(200).body("status", contains("FAILED"));
        MailFailuresTest.operator().get("/api/follow-ups?customerId=C-GONE").then().statusCode(200)
                .body("kind", contains("DELIVERY_FAILED")).body("[0].assignee", equalTo("wang.fang"))
                .body("[0].about", equalTo(id)).body("[0].status", equalTo("OVERDUE"))
                .body("[0].brief", org.hamcrest.Matchers.containsString("COMPLAINT_ACKNOWLEDGEMENT"));
        assertEquals(before + 1, failedForGood(), "getpaid_notification_failed_total");
        // recorded once: trying again changes nothing
        assertEquals(Optional.empty(), sendNow(id));
        MailFailuresTest.operator().get("/api/follow-ups?customerId=C-GONE").then().body("kind", contains("DELIVERY_FAILED"));
        assertEquals(before + 1, failedForGood());
    }

    static double failedForGood() {
        return MailFailuresTest.counter("getpaid_notification_failed_total");
    }

    @Test
    void aLetterForACardThatRefusesEveryDayGoesInTheNextWorkingHourOnceItWaitedTheLongest() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate due = LocalDate.now(zone).minusDays(10);
        register("C-NEVER", "never@example.com", new CollectionProfile("li.na", null, zone.getId(),
                List.of(DayOfWeek.values()), 0, null));
        try (TestKafka kafka = new TestKafka(bootstrapServers)) {
            kafka.publish(Topics.RECEIVABLES, new InvoiceIssued("INV-NEVER", "C-NEVER", "DN-1", due.minusDays(30), due,
                    new BigDecimal("40.00"), "CNY"));
            kafka.publish(Topics.RECEIVABLES, new PaymentOverdue("INV-NEVER", "C-NEVER", due, due.plusDays(1), 1,
                    new BigDecimal("40.00"), "CNY", 1, "FRIENDLY_REMINDER"));
        }
        String id = await().atMost(Duration.ofSeconds(30)).until(() -> kernel.transact(c -> Sql.one(c,
                "SELECT n.notification_id FROM notification_view n JOIN delivery d ON d.notification_id = n.notification_id "
                        + "WHERE n.customer_id = 'C-NEVER' AND d.waiting_for IS NOT NULL", rs -> rs.getString(1))), Optional::isPresent)
                .orElseThrow();
        // it has waited for the window the longest a letter may (14 days by default)
        kernel.transact(c -> Sql.update(c, "UPDATE delivery SET deferred_since = now() - interval '15 days' "
                + "WHERE notification_id = ?", id));
        Instant now = Instant.now();
        Optional<Instant> next = sendNow(id);
        if (next.isEmpty()) { // now is a working hour in Shanghai: it went at once
            await().atMost(Duration.ofSeconds(10)).until(() -> Mailbox.read(imapPort, "never@example.com").size() == 1);
            MailFailuresTest.operator().get("/api/notifications?customerId=C-NEVER").then().body("status", contains("SENT"));
        } else { // it goes in the next working hour, not in 40 days and then 40 more
            assertEquals(ContactWindow.workingHour(now, zone).getEpochSecond(), next.get().getEpochSecond(), 1.0,
                    "the next working hour");
            assertTrue(next.get().isBefore(now.plus(Duration.ofDays(3))), next.get().toString());
        }
    }
}
