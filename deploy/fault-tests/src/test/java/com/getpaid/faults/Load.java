package com.getpaid.faults;

import com.getpaid.local.LocalPlatform;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A steady load the way an ERP produces it: invoices (due relative to today: half at a step of the ladder or a
 * pre-due note, some in USD),
 * payments allocated oldest due first, complaints with an Idempotency-Key (half of them taken on to a compensation
 * carried out, every step with its own key). Like an ERP, it sends a
 * request again, unchanged, until it gets an answer (no connection, a 5xx, a timeout): what was
 * accepted is known exactly, whatever the faults did to the answers.
 */
final class Load implements AutoCloseable {

    /** The platform's business zone (the default): "today" is its day, as the services count it. */
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final int NOT_DUE = Integer.MIN_VALUE;
    /**
     * When invoices fall due, relative to today, so every step happens whatever the date the suite runs on: pre-due
     * notes (7 and 1 days before), each step of the default ladder (1, 15, 30 and 60 days overdue), and many not due
     * for years (the ledger's bulk).
     */
    static final int[] DUE_IN_DAYS = { 7, 1, -3, -20, -40, -75, NOT_DUE, NOT_DUE, NOT_DUE, NOT_DUE, NOT_DUE, NOT_DUE };

    static final List<String> CUSTOMERS = java.util.stream.IntStream.range(0, 12).mapToObj(n -> "C-F%02d".formatted(n)).toList();

    /** An accepted write: what the ledger must hold. */
    record Accepted(String kind, String id, String customerId, BigDecimal amount, String currency) {
    }

    private final LocalPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Random random = new Random(42);
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicReference<String> unexpected = new AtomicReference<>();
    private final Object pauseLock = new Object();
    private volatile boolean paused;
    private volatile boolean busy;
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::run, "load");
    private int sequence;

    Load(LocalPlatform platform) {
        this.platform = platform;
    }

    Load start() {
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    int acceptedCount() {
        return accepted.size();
    }

    List<Accepted> accepted(String kind) {
        return accepted.values().stream().filter(a -> a.kind().equals(kind)).toList();
    }

    int retries() {
        return retries.get();
    }

    /** A 4xx the load did not expect (it sends only valid requests), or null. */
    String unexpected() {
        return unexpected.get();
    }

    /** Stops sending after the request in flight is answered; returns once nothing is in flight. */
    void pause() {
        paused = true;
        while (busy) {
            Thread.onSpinWait();
        }
    }

    void resume() {
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    private void run() {
        while (running) {
            synchronized (pauseLock) {
                while (paused && running) {
                    try {
                        pauseLock.wait(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            busy = true;
            try {
                if (!paused) {
                    next();
                }
            } finally {
                busy = false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(60); // the pace of the load (about 15 writes a second), not a wait for a result
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    private void next() {
        int n = ++sequence;
        String customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
        String currency = random.nextInt(5) == 0 ? "USD" : "CNY";
        int roll = random.nextInt(100);
        if (roll < 60) {
            String id = "INV-F-%05d".formatted(n);
            BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(900_000), 2);
            int days = DUE_IN_DAYS[random.nextInt(DUE_IN_DAYS.length)];
            LocalDate due = days == NOT_DUE ? LocalDate.of(2099, 12, 31) : today().plusDays(days);
            send("receivables", "/api/invoices", Map.of(), """
                    { "invoiceId": "%s", "customerId": "%s", "deliveryRef": "DN-%d", "issueDate": "%s",
                      "dueDate": "%s", "amount": "%s", "currency": "%s" }""".formatted(id, customer, n,
                    today().minusDays(90), due, amount, currency),
                    new Accepted("invoice", id, customer, amount, currency));
        } else if (roll < 88) {
            String id = "PAY-F-%05d".formatted(n);
            BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(600_000), 2);
            send("receivables", "/api/payments", Map.of(), """
                    { "paymentId": "%s", "customerId": "%s", "amount": "%s", "currency": "%s",
                      "receivedOn": "%s", "method": "BANK_TRANSFER" }""".formatted(id, customer, amount, currency, today()),
                    new Accepted("payment", id, customer, amount, currency));
        } else {
            String key = "CMPKEY-F-%05d".formatted(n);
            String logged = send("complaint", "/api/complaints", Map.of("Idempotency-Key", key), """
                    { "customerId": "%s", "category": "SHIPPING", "channel": "PHONE",
                      "description": "Delivery %d arrived late", "recordedBy": "fault suite",
                      "disputedAmount": "50.00", "currency": "CNY" }""".formatted(customer, n),
                    new Accepted("complaint", key, customer, null, null));
            if (logged != null && n % 2 == 0) {
                compensated(logged.replaceFirst("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"), key, customer);
            }
        }
    }

    /**
     * Takes half the complaints through their workflow to a compensation carried out (under the approval threshold and
     * within the 50.00 the complaint disputes, which bounds its credit notes),
     * each step with its own Idempotency-Key: the credit note it makes in receivables must exist exactly once.
     */
    private void compensated(String complaintId, String key, String customer) {
        String amount = BigDecimal.valueOf(100 + random.nextInt(4900), 2).toPlainString();
        String[][] steps = {
                { "assignment", "{ \"handler\": \"fault.handler\", \"assignedBy\": \"fault suite\" }" },
                { "investigation", "{ \"findings\": \"late truck\", \"rootCause\": \"CARRIER\", \"investigatedBy\": \"f\" }" },
                { "resolution", "{ \"remedy\": \"COMPENSATION\", \"amount\": \"" + amount + "\", \"currency\": \"CNY\", "
                        + "\"proposedBy\": \"f\" }" },
                { "acceptance", "{ \"acceptedBy\": \"customer\" }" },
                { "execution", "{ \"department\": \"FINANCE\", \"recordedBy\": \"f\" }" } };
        for (String[] step : steps) {
            if (send("complaint", "/api/complaints/" + complaintId + "/" + step[0], Map.of("Idempotency-Key", key + "-" + step[0]),
                    step[1], null) == null) {
                return;
            }
        }
        accepted.put("compensation:" + complaintId, new Accepted("compensation", "CN-" + complaintId, customer,
                new BigDecimal(amount), "CNY"));
    }

    /** Sends until answered; a 201 is recorded as accepted (when {@code what} says what). Returns the 2xx body, or null. */
    private String send(String service, String path, Map<String, String> headers, String body, Accepted what) {
        while (running) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(service) + path)).header("Authorization", platform.bearer())
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                headers.forEach(request::header);
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 && what != null) {
                    accepted.put(what.kind() + ":" + what.id(), what);
                }
                if (response.statusCode() / 100 == 2) {
                    return response.body();
                }
                if (response.statusCode() < 500) {
                    unexpected.compareAndSet(null, response.statusCode() + " for " + body + ": " + response.body());
                    return null;
                }
            } catch (java.io.IOException e) {
                // no answer (the service is down or restarting): send the same request again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            retries.incrementAndGet();
            try {
                TimeUnit.MILLISECONDS.sleep(250); // an ERP's retry interval
            } catch (InterruptedException e) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
