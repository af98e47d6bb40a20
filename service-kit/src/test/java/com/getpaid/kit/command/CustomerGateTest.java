package com.getpaid.kit.command;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerGateTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(12);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void aBurstForOneCustomerGetsItsShareAndTheOthersGoOn() throws Exception {
        CustomerGate gate = new CustomerGate(3, Duration.ofSeconds(30));
        CountDownLatch held = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<String>> burst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            burst.add(CompletableFuture.supplyAsync(() -> gate.through("C-BUSY", () -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                waitFor(held);
                inside.decrementAndGet();
                return "done";
            }), callers));
        }
        await().until(() -> inside.get() == 3);
        // another customer is not behind the burst
        assertEquals("other", gate.through("C-OTHER", () -> "other"));
        assertEquals(3, inside.get(), "no more than the bound of the busy customer's commands run at once");
        held.countDown();
        for (var command : burst) {
            assertEquals("done", command.get(10, TimeUnit.SECONDS));
        }
        assertEquals(3, most.get());
        assertEquals(0, gate.customersInFlight(), "a customer with nothing in flight leaves no entry");
    }

    @Test
    void pastTheWaitTheCommandIsRefusedAndNothingRuns() throws Exception {
        CustomerGate gate = new CustomerGate(1, Duration.ofMillis(200));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> gate.through("C-BUSY", () -> {
            entered.countDown();
            waitFor(held);
            return "first";
        }), callers);
        entered.await(10, TimeUnit.SECONDS);
        AtomicInteger ran = new AtomicInteger();
        assertThrows(CustomerGate.Busy.class, () -> gate.through("C-BUSY", ran::incrementAndGet));
        assertEquals(0, ran.get());
        held.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals(1, gate.through("C-BUSY", ran::incrementAndGet), "the turn is free again");
        assertEquals(0, gate.customersInFlight());
    }

    @Test
    void theCustomerIsTheRequestsCustomerId() {
        record Invoice(String invoiceId, String customerId) {
        }
        record Other(String id) {
        }
        assertEquals("C-1", Commands.customerOf(new Invoice("INV-1", "C-1")));
        assertNull(Commands.customerOf(new Other("X")));
        assertNull(Commands.customerOf("not a record"));
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
