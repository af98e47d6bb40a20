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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A steady load the way ERPs and people produce it, from {@link #CALLERS} callers at once spread over every instance of
 * each service: invoices (due relative to today: half at a step of the ladder or a pre-due note, some in USD), payments
 * allocated oldest due first, complaints with an Idempotency-Key (half of them taken on to a compensation carried out,
 * every step with its own key), and on the customers' own invoices disputes, promises, credit notes, write-offs, refunds
 * of credit, shipment clearances and manual holds placed and released. One customer ({@link #HOT}) takes a quarter of
 * every caller's writes, so two callers write to it at the same moment. Like an ERP, a caller sends a request again,
 * unchanged, until it gets an answer (no connection, a 5xx, a timeout), to the next instance: what was accepted is known
 * exactly, whatever the faults did to the answers. A 409 or 422 to an action on the ledger (a dispute on an invoice
 * paid meanwhile, a refund beyond the credit) is the domain refusing it, counted, not a failure.
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
    /** The customer every caller writes to a quarter of the time: two callers at once on one account. */
    static final String HOT = CUSTOMERS.get(1);
    /** How many callers send at once. */
    static final int CALLERS = 4;

    /** An accepted write: what the ledger must hold. */
    record Accepted(String kind, String id, String customerId, BigDecimal amount, String currency) {
    }

    private final LocalPlatform platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Accepted> accepted = new ConcurrentHashMap<>();
    /** Invoices accepted, per customer: what the actions on the ledger act on. */
    private final Map<String, List<Accepted>> invoices = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicReference<String> unexpected = new AtomicReference<>();
    private final Object pauseLock = new Object();
    private volatile boolean paused;
    private volatile boolean running = true;
    private final List<Thread> callers = new ArrayList<>();

    Load(LocalPlatform platform) {
        this.platform = platform;
    }

    Load start() {
        for (int n = 0; n < CALLERS; n++) {
            Random random = new Random(42 + n);
            Thread caller = new Thread(() -> run(random), "load-" + n);
            caller.setDaemon(true);
            callers.add(caller);
            caller.start();
        }
        return this;
    }

    int acceptedCount() {
        return accepted.size();
    }

    List<Accepted> accepted(String kind) {
        return accepted.values().stream().filter(a -> a.kind().equals(kind)).toList();
    }

    /** How often the domain refused an action of each kind (409, 422). */
    Map<String, Integer> refused() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        refused.forEach((kind, n) -> counts.put(kind, n.get()));
        return counts;
    }

    int retries() {
        return retries.get();
    }

    /** A 4xx the load did not expect (it sends only valid requests), or null. */
    String unexpected() {
        return unexpected.get();
    }

    /** Stops sending after the requests in flight are answered; returns once nothing is in flight. */
    void pause() {
        paused = true;
        while (busy.get() > 0) {
            Thread.onSpinWait();
        }
    }

    void resume() {
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    private void run(Random random) {
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
            busy.incrementAndGet();
            try {
                if (!paused) {
                    next(random);
                }
            } finally {
                busy.decrementAndGet();
            }
            try {
                TimeUnit.MILLISECONDS.sleep(150); // the pace of a caller (four of them: about 20 writes a second), not a wait
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    private void next(Random random) {
        int n = sequence.incrementAndGet();
        String customer = random.nextInt(4) == 0 ? HOT : CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
        String currency = random.nextInt(5) == 0 ? "USD" : "CNY";
        int roll = random.nextInt(100);
        if (roll < 45) {
            String id = "INV-F-%05d".formatted(n);
            BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(900_000), 2);
            int days = DUE_IN_DAYS[random.nextInt(DUE_IN_DAYS.length)];
            LocalDate due = days == NOT_DUE ? LocalDate.of(2099, 12, 31) : today().plusDays(days);
            Accepted invoice = new Accepted("invoice", id, customer, amount, currency);
            if (send("receivables", "/api/invoices", Map.of(), """
                    { "invoiceId": "%s", "customerId": "%s", "deliveryRef": "DN-%d", "issueDate": "%s",
                      "dueDate": "%s", "amount": "%s", "currency": "%s" }""".formatted(id, customer, n,
                    today().minusDays(90), due, amount, currency), invoice) != null) {
                invoices.computeIfAbsent(customer, c -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(invoice);
            }
        } else if (roll < 65) {
            String id = "PAY-F-%05d".formatted(n);
            BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(600_000), 2);
            send("receivables", "/api/payments", Map.of(), """
                    { "paymentId": "%s", "customerId": "%s", "amount": "%s", "currency": "%s",
                      "receivedOn": "%s", "method": "BANK_TRANSFER" }""".formatted(id, customer, amount, currency, today()),
                    new Accepted("payment", id, customer, amount, currency));
        } else if (roll < 73) {
            String key = "CMPKEY-F-%05d".formatted(n);
            String logged = send("complaint", "/api/complaints", Map.of("Idempotency-Key", key), """
                    { "customerId": "%s", "category": "SHIPPING", "channel": "PHONE",
                      "description": "Delivery %d arrived late", "recordedBy": "fault suite",
                      "disputedAmount": "50.00", "currency": "CNY" }""".formatted(customer, n),
                    new Accepted("complaint", key, customer, null, null));
            if (logged != null && n % 2 == 0) {
                compensated(random, logged.replaceFirst("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"), key, customer);
            }
        } else if (roll < 92) {
            onTheLedger(random, n, customer, roll);
        } else if (roll < 97) {
            // read-only for the ledger: the ERP asks before it ships
            send("customer", "/api/customers/" + customer + "/shipment-clearance", Map.of(),
                    "{ \"amount\": \"%s\", \"currency\": \"CNY\" }".formatted(BigDecimal.valueOf(100 + random.nextInt(500_000), 2)),
                    null);
        } else {
            String what = n % 2 == 0 ? "" : "/release";
            send("customer", "/api/customers/" + customer + "/holds" + what, Map.of(),
                    "{ \"reason\": \"fault suite %s %d\" }".formatted(what.isEmpty() ? "hold" : "release", n),
                    new Accepted("hold" + what.replace('/', '-'), "H-" + n, customer, null, null), "hold");
        }
    }

    /** Issues one invoice as the load does, due on {@code due}, from the caller's thread; true when accepted. */
    boolean issue(String invoiceId, String customer, String amount, LocalDate due) {
        Accepted invoice = new Accepted("invoice", invoiceId, customer, new BigDecimal(amount), "CNY");
        if (send("receivables", "/api/invoices", Map.of(), """
                { "invoiceId": "%s", "customerId": "%s", "deliveryRef": "DN-%s", "issueDate": "%s",
                  "dueDate": "%s", "amount": "%s", "currency": "CNY" }""".formatted(invoiceId, customer, invoiceId,
                today().minusDays(90), due, amount), invoice) == null) {
            return false;
        }
        invoices.computeIfAbsent(customer, c -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(invoice);
        return true;
    }

    /** An action on one of the customer's own invoices, as a collector or credit manager takes it. */
    private void onTheLedger(Random random, int n, String customer, int roll) {
        List<Accepted> own = invoices.getOrDefault(customer, List.of());
        if (own.isEmpty()) {
            return;
        }
        Accepted invoice = own.get(random.nextInt(own.size()));
        String small = BigDecimal.valueOf(100 + random.nextInt(2000), 2).toPlainString();
        if (roll < 78) {
            String id = "DSP-F-%05d".formatted(n);
            action("dispute", "/api/disputes", """
                    { "disputeId": "%s", "invoiceId": "%s", "amount": "%s", "currency": "%s",
                      "reason": "Short delivery on %s" }""".formatted(id, invoice.id(), small, invoice.currency(), invoice.id()),
                    new Accepted("dispute", id, customer, new BigDecimal(small), invoice.currency()));
        } else if (roll < 83) {
            String id = "PTP-F-%05d".formatted(n);
            action("promise", "/api/promises", """
                    { "promiseId": "%s", "customerId": "%s", "invoiceIds": ["%s"], "amount": "%s", "currency": "%s",
                      "promisedFor": "%s" }""".formatted(id, customer, invoice.id(), small, invoice.currency(),
                    today().plusDays(5 + random.nextInt(20))),
                    new Accepted("promise", id, customer, new BigDecimal(small), invoice.currency()));
        } else if (roll < 87) {
            String id = "CN-F-%05d".formatted(n);
            action("credit-note", "/api/credit-notes", """
                    { "creditNoteId": "%s", "customerId": "%s", "invoiceId": "%s", "amount": "%s", "currency": "%s",
                      "issueDate": "%s", "reason": "Price difference" }""".formatted(id, customer, invoice.id(), small,
                    invoice.currency(), today()),
                    new Accepted("credit-note", id, customer, new BigDecimal(small), invoice.currency()));
        } else if (roll < 89) {
            String id = "WO-F-%05d".formatted(n);
            action("write-off", "/api/write-offs", """
                    { "writeOffId": "%s", "invoiceId": "%s", "reason": "Not worth collecting" }""".formatted(id, invoice.id()),
                    new Accepted("write-off", id, customer, null, invoice.currency()));
        } else {
            String id = "RF-F-%05d".formatted(n);
            action("refund", "/api/refunds", """
                    { "refundId": "%s", "customerId": "%s", "amount": "%s", "currency": "%s", "paidOn": "%s",
                      "method": "BANK_TRANSFER" }""".formatted(id, customer, small, invoice.currency(), today()),
                    new Accepted("refund", id, customer, new BigDecimal(small), invoice.currency()));
        }
    }

    /** Sends an action on the ledger; the domain may refuse it (409, 422), which is counted. */
    private void action(String kind, String path, String body, Accepted what) {
        send("receivables", path, Map.of(), body, what, kind);
    }

    /**
     * Takes half the complaints through their workflow to a compensation carried out (under the approval threshold and
     * within the 50.00 the complaint disputes, which bounds its credit notes),
     * each step with its own Idempotency-Key: the credit note it makes in receivables must exist exactly once.
     */
    private void compensated(Random random, String complaintId, String key, String customer) {
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

    private String send(String service, String path, Map<String, String> headers, String body, Accepted what) {
        return send(service, path, headers, body, what, null);
    }

    /**
     * Sends until answered, each attempt to the next instance of the service; a 201 is recorded as accepted (when
     * {@code what} says what). A 409 or 422 is a refusal of the {@code refusable} kind, when one is given. Returns the 2xx
     * body, or null.
     */
    private String send(String service, String path, Map<String, String> headers, String body, Accepted what,
            String refusable) {
        List<String> instances = platform.urls(service);
        int attempt = ThreadLocalRandom.current().nextInt(instances.size());
        while (running) {
            try {
                String url = instances.get(attempt++ % instances.size());
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", platform.bearer())
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                headers.forEach(request::header);
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                // a hold answers the hold as it is now (200), the rest what they created (201)
                if (what != null && (response.statusCode() == 201 || response.statusCode() == 200 && what.kind().startsWith("hold"))) {
                    accepted.put(what.kind() + ":" + what.id(), what);
                }
                if (response.statusCode() / 100 == 2) {
                    return response.body();
                }
                if (refusable != null && (response.statusCode() == 409 || response.statusCode() == 422)) {
                    refused.computeIfAbsent(refusable, k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }
                if (response.statusCode() < 500) {
                    unexpected.compareAndSet(null, response.statusCode() + " for " + path + " " + body + ": " + response.body());
                    return null;
                }
            } catch (java.io.IOException e) {
                // no answer (the instance is down or restarting): send the same request again
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
        callers.forEach(Thread::interrupt);
    }
}
