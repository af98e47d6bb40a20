package com.getpaid.notification.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which SMTP failures are waited out, and for how long between attempts. */
class DeliveryRulesTest {

    @Test
    void theWaitDoublesUpToTheCeiling() {
        Duration first = Duration.ofSeconds(5);
        Duration max = Duration.ofMinutes(5);
        assertEquals(List.of(5L, 10L, 20L, 40L, 80L, 160L, 300L, 300L),
                java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(n -> MessageSender.backoff(n, first, max).toSeconds()).toList());
    }

    @Test
    void anAddressRefusedFailsAtOnceAnOutageIsWaitedOut() {
        assertTrue(MessageSender.isPermanent(new RuntimeException(
                new SMTPException("550 5.1.1 mailbox unknown", 550, List.of("5.1.1 mailbox unknown"), false))));
        assertFalse(MessageSender.isPermanent(new RuntimeException(
                new SMTPException("421 try again later", 421, List.of("try again later"), false))));
        assertFalse(MessageSender.isPermanent(new RuntimeException(new ConnectException("Connection refused"))));
    }
}
