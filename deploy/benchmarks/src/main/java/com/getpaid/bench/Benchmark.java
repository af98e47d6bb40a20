package com.getpaid.bench;

import com.getpaid.local.LocalPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The platform under load on this machine, beside the raw ceilings measured in the same run: a
 * durable single-row insert into the same PostgreSQL, and a raw producer into the same broker.
 * Prints progress while it runs and a table at the end. {@code ./benchmark.sh [rate] [seconds]}.
 */
public final class Benchmark {

    static final int CUSTOMERS = 200;
    static final int CONNECTIONS = 32;

    final LocalPlatform platform;
    final LocalPlatform.Settings settings;
    // HTTP/1.1, one connection per caller, as an ERP's client pool (and wrk) does: the default HTTP/2 upgrade
    // would carry all callers on one connection, so one event loop of the service would serve them all
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    final List<String[]> table = new ArrayList<>();

    Benchmark(LocalPlatform platform, LocalPlatform.Settings settings) {
        this.platform = platform;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path root = Path.of(args.length > 2 ? args[2] : ".").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory(Files.createDirectories(root.resolve("deploy/benchmarks/target")), "bench-");
        LocalPlatform.Settings random = LocalPlatform.Settings.randomPorts(data, root);
        // durable, as in production: fsync and synchronous commit on
        LocalPlatform.Settings settings = new LocalPlatform.Settings(data, root, true, random.kafkaPort(),
                random.kafkaControllerPort(), random.postgresPort(), random.smtpPort(), random.imapPort(), random.servicePorts());
        progress("starting the platform (data in " + data + ")");
        try (LocalPlatform platform = new LocalPlatform(settings).startInfrastructure().startServices()) {
            new Benchmark(platform, settings).run(rate, seconds);
        }
        System.exit(0);
    }

    void run(int rate, int seconds) throws Exception {
        registerCustomers();
        double insertCeiling = rawInserts(Duration.ofSeconds(10));
        double producerCeiling = rawProducer(200_000);

        Map<String, Long> cpuBefore = cpuTicks();
        Stats invoices = invoiceLoad(rate, seconds);
        Map<String, Long> cpuAfter = cpuTicks();
        row("POST /api/invoices (durable), " + rate + "/s offered", invoices.describe(),
                "raw insert " + perSecond(insertCeiling), ratio(invoices.perSecond(), insertCeiling), "≥ 3,000/s or ≥ 0.6, p99 < 50 ms");

        row("CPU during the invoice load (of " + Runtime.getRuntime().availableProcessors() + " cores)",
                cpuShares(cpuBefore, cpuAfter, invoices.seconds()), "", "", "");
        progress("waiting for customer-service and notification-service to catch up");
        awaitCaughtUp(Duration.ofMinutes(10));
        Map<String, double[]> issued = eventTimes("receivables", "InvoiceIssued");
        Stats relay = lag(issued, publishedTimes("receivables", "InvoiceIssued"));
        row("relay: accepted → on Kafka", relay.describeLag(), "raw producer " + perSecond(producerCeiling), "",
                "p99 < 100 ms");
        Stats exposure = lag(issued, inboxTimes("customer", "InvoiceIssued"));
        row("invoice accepted → exposure updated", exposure.describeLag(), "", "", "p99 < 500 ms at 1,000/s");
        Stats reminder = lag(eventTimes("receivables", "PaymentOverdue"), inboxTimes("notification", "PaymentOverdue"));
        row("PaymentOverdue → reminder queued", reminder.describeLag(), "", "", "");

        Stats clearance = clearanceLoad(Duration.ofSeconds(10));
        Stats live = closedLoop(Duration.ofSeconds(5), () -> get(platform.url("customer") + "/q/health/live"));
        row("POST .../shipment-clearance", clearance.describe(), "GET /q/health/live " + perSecond(live.perSecond()),
                ratio(clearance.perSecond(), live.perSecond()), "≥ 5,000/s, p99 < 10 ms");

        commandCostByStreamLength(List.of(100, 1_000, 5_000));
        replay();
        memory();
        aging(100_000);
        consolePages();
        aging(1_000_000);
        print();
    }

    // ---- the load ----

    void registerCustomers() throws Exception {
        progress("registering " + CUSTOMERS + " NET-30 customers");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int n = 0; n < CUSTOMERS; n++) {
            String id = customer(n);
            answers.add(pool.submit(() -> send("PUT", platform.url("customer") + "/api/customers/" + id, """
                    { "name": "Buyer %s", "email": "%s@buyer.example", "preferredLanguage": "en",
                      "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "1000000.00", "currency": "CNY" }"""
                    .formatted(id, id.toLowerCase()))));
        }
        for (Future<Integer> a : answers) {
            if (a.get() != 201 && a.get() != 200) {
                throw new IllegalStateException("registering a customer answered " + a.get());
            }
        }
        pool.shutdown();
    }

    static String customer(int n) {
        return "C-B%03d".formatted(n);
    }

    /** Open loop: {@code rate} invoices a second for {@code seconds}, over {@link #CONNECTIONS} senders. */
    Stats invoiceLoad(int rate, int seconds) throws Exception {
        progress("issuing invoices at " + rate + "/s for " + seconds + " s (a tenth already overdue)");
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) * CONNECTIONS / rate;
        int perSender = rate * seconds / CONNECTIONS;
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> results = new ArrayList<>();
        for (int s = 0; s < CONNECTIONS; s++) {
            int sender = s;
            results.add(pool.submit(() -> {
                Random random = new Random(sender);
                long[] latencies = new long[perSender];
                for (int k = 0; k < perSender; k++) {
                    long due = start + k * intervalNanos + sender * intervalNanos / CONNECTIONS;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait); // the pace of an open-loop load
                    }
                    long t0 = System.nanoTime();
                    int status = send("POST", platform.url("receivables") + "/api/invoices", """
                            { "invoiceId": "INV-B-%02d-%06d", "customerId": "%s", "issueDate": "2026-06-01",
                              "dueDate": "%s", "amount": "%d.%02d", "currency": "CNY" }""".formatted(sender, k,
                            customer(random.nextInt(CUSTOMERS)), random.nextInt(10) == 0 ? "2026-06-30" : "2099-12-31",
                            100 + random.nextInt(10_000), random.nextInt(100)));
                    latencies[k] = System.nanoTime() - t0;
                    if (status != 201) {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> r : results) {
            all.add(r.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (errors.get() > 0) {
            progress(errors.get() + " invoices were not accepted");
        }
        return Stats.of(all, elapsed);
    }

    Stats clearanceLoad(Duration duration) throws Exception {
        progress("asking for shipment clearance, " + CONNECTIONS + " connections for " + duration.toSeconds() + " s");
        Random random = new Random(7);
        return closedLoop(duration, () -> send("POST", platform.url("customer") + "/api/customers/"
                + customer(random.nextInt(CUSTOMERS)) + "/shipment-clearance", "{ \"amount\": \"100.00\", \"currency\": \"CNY\" }"));
    }

    interface Call {
        int call() throws Exception;
    }

    /** {@link #CONNECTIONS} callers, each sending the next request when the last was answered. */
    Stats closedLoop(Duration duration, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int s = 0; s < CONNECTIONS; s++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    call.call();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> r : results) {
            all.add(r.get());
        }
        pool.shutdown();
        return Stats.of(all, (System.nanoTime() - start) / 1e9);
    }

    // ---- the raw ceilings ----

    double rawInserts(Duration duration) throws Exception {
        progress("raw ceiling: durable single-row inserts into the same PostgreSQL, 16 clients, " + duration.toSeconds() + " s");
        try (Connection c = db("receivables")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS bench_raw (id BIGSERIAL PRIMARY KEY, data TEXT, "
                    + "at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicLong rows = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            done.add(pool.submit(() -> {
                try (Connection c = db("receivables");
                        var ps = c.prepareStatement("INSERT INTO bench_raw (data) VALUES (?)")) {
                    while (System.nanoTime() < end) {
                        ps.setString(1, "invoice-sized row of about a hundred bytes, like an event's envelope");
                        ps.executeUpdate();
                        rows.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        try (Connection c = db("receivables")) {
            c.createStatement().execute("DROP TABLE bench_raw");
        }
        return rows.get() / (double) duration.toSeconds();
    }

    double rawProducer(int messages) throws Exception {
        progress("raw ceiling: " + messages + " records of 500 bytes from one idempotent producer (acks=all) into the same broker");
        Properties props = new Properties();
        props.putAll(platform.kafkaClientSettings());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        String value = "x".repeat(500);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("bench.raw", "warm", value)).get();
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                producer.send(new ProducerRecord<>("bench.raw", customer(i % CUSTOMERS), value));
            }
            producer.flush();
            return messages / ((System.nanoTime() - start) / 1e9);
        }
    }

    // ---- pipeline lag, from the databases (one PostgreSQL server, one clock) ----

    void awaitCaughtUp(Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            long issued = count("receivables", "SELECT count(*) FROM event_store WHERE type = 'InvoiceIssued'");
            long exposed = count("customer", "SELECT count(*) FROM inbox WHERE type = 'InvoiceIssued'");
            long overdue = count("receivables", "SELECT count(*) FROM event_store WHERE type = 'PaymentOverdue'");
            long queued = count("notification", "SELECT count(*) FROM inbox WHERE type = 'PaymentOverdue'");
            if (exposed >= issued && queued >= overdue && overdue > 0) {
                return;
            }
            progress("  customer-service has " + exposed + " of " + issued + " invoices, notification-service " + queued
                    + " of " + overdue + " overdue notices");
            TimeUnit.SECONDS.sleep(2); // progress every two seconds while the consumers catch up
        }
        throw new IllegalStateException("the consumers did not catch up within " + atMost);
    }

    Map<String, double[]> eventTimes(String service, String type) throws Exception {
        return times(service, "SELECT event_id::text, extract(epoch FROM occurred_at) * 1000 FROM event_store WHERE type = '"
                + type + "'");
    }

    Map<String, double[]> publishedTimes(String service, String type) throws Exception {
        return times(service, "SELECT event_id::text, extract(epoch FROM published_at) * 1000 FROM event_store WHERE type = '"
                + type + "'");
    }

    Map<String, double[]> inboxTimes(String service, String type) throws Exception {
        return times(service, "SELECT event_id, extract(epoch FROM processed_at) * 1000 FROM inbox WHERE type = '" + type + "'");
    }

    Map<String, double[]> times(String service, String sql) throws Exception {
        Map<String, double[]> times = new HashMap<>();
        try (Connection c = db(service); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                times.put(rs.getString(1), new double[] { rs.getDouble(2) });
            }
        }
        return times;
    }

    static Stats lag(Map<String, double[]> from, Map<String, double[]> to) {
        long[] lags = from.entrySet().stream().filter(e -> to.containsKey(e.getKey()))
                .mapToLong(e -> (long) ((to.get(e.getKey())[0] - e.getValue()[0]) * 1_000_000)).toArray();
        return Stats.of(List.of(lags), 0);
    }

    /**
     * The cost of one command against the length of the customer's stream: grows one customer's
     * account to each length, then times 30 invoices issued one after another (median).
     */
    void commandCostByStreamLength(List<Integer> lengths) throws Exception {
        String customer = customer(0).replace("B", "LONG");
        send("PUT", platform.url("customer") + "/api/customers/" + customer, """
                { "name": "Long-standing buyer", "email": "long@buyer.example", "preferredLanguage": "en",
                  "paymentTerms": { "type": "NET_DAYS", "days": 30 }, "creditLimit": "1000000.00", "currency": "CNY" }""");
        StringBuilder figures = new StringBuilder();
        int issued = 0;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int length : lengths) {
            progress("growing " + customer + "'s account to " + length + " invoices");
            List<Future<Integer>> growth = new ArrayList<>();
            for (; issued < length; issued++) {
                int n = issued;
                growth.add(pool.submit(() -> issueTo(customer, "INV-LONG-%06d".formatted(n))));
            }
            for (Future<Integer> f : growth) {
                f.get();
            }
            long[] times = new long[30];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                issueTo(customer, "INV-LONG-%06d".formatted(issued++));
                times[i] = System.nanoTime() - t0;
            }
            Arrays.sort(times);
            figures.append(figures.isEmpty() ? "" : "; ").append("%,d events: %.1f ms".formatted(length, times[15] / 1e6));
        }
        pool.shutdown();
        row("one invoice, by the length of the customer's stream", figures.toString(), "", "", "flat (snapshots)");
    }

    int issueTo(String customer, String invoiceId) throws Exception {
        return send("POST", platform.url("receivables") + "/api/invoices", """
                { "invoiceId": "%s", "customerId": "%s", "issueDate": "2026-06-01", "dueDate": "2099-12-31",
                  "amount": "10.00", "currency": "CNY" }""".formatted(invoiceId, customer));
    }

    // ---- where the CPU goes (from /proc: each service, this load generator, and the rest of the machine) ----

    Map<String, Long> cpuTicks() throws Exception {
        Map<String, Long> ticks = new java.util.LinkedHashMap<>();
        for (var e : platform.servicePids().entrySet()) {
            ticks.put(e.getKey(), processTicks(e.getValue()));
        }
        ticks.put("load generator", processTicks(ProcessHandle.current().pid()));
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < cpu.length; i++) {
            if (i != 4 && i != 5) { // all but idle and iowait
                busy += Long.parseLong(cpu[i]);
            }
        }
        ticks.put("machine", busy);
        return ticks;
    }

    static long processTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime, after the command name
    }

    /** Cores used by each part while the load ran (100 ticks a second); "rest" is Kafka, PostgreSQL and the mail server. */
    static String cpuShares(Map<String, Long> before, Map<String, Long> after, double seconds) {
        StringBuilder s = new StringBuilder();
        long parts = 0;
        for (String name : after.keySet()) {
            long used = after.get(name) - before.get(name);
            if (!name.equals("machine")) {
                parts += used;
                s.append(name).append(' ').append("%.2f".formatted(used / 100.0 / seconds)).append(", ");
            }
        }
        long machine = after.get("machine") - before.get("machine");
        return s.append("rest ").append("%.2f".formatted((machine - parts) / 100.0 / seconds)).append(" (machine ")
                .append("%.2f".formatted(machine / 100.0 / seconds)).append(" cores busy)").toString();
    }

    // ---- replay, memory, aging ----

    void replay() throws Exception {
        progress("replaying receivables' projections");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(platform.url("receivables")
                + "/admin/projections/rebuild")).header("Authorization", platform.bearer()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        long events = Long.parseLong(r.body().replaceAll(".*\"eventsReplayed\":(\\d+).*", "$1"));
        long millis = Long.parseLong(r.body().replaceAll(".*\"millis\":(\\d+).*", "$1"));
        row("replay of projections (receivables)", "%,d events in %,d ms: %s".formatted(events, millis,
                perSecond(events * 1000.0 / Math.max(1, millis))), "", "", "≥ 20,000 events/s");
    }

    void memory() throws Exception {
        StringBuilder rss = new StringBuilder();
        for (var e : platform.servicePids().entrySet()) {
            String status = Files.readString(Path.of("/proc/" + e.getValue() + "/status"));
            long kb = Long.parseLong(status.replaceAll("(?s).*VmRSS:\\s+(\\d+) kB.*", "$1"));
            rss.append(rss.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(kb / 1024).append(" MB");
        }
        row("memory (resident) after the load", rss.toString(), "", "", "");
    }

    /** Grows the open invoices to {@code total} (synthetic rows in the read model) and times GET /api/aging. */
    void aging(int total) throws Exception {
        long have = count("receivables", "SELECT count(*) FROM invoice_view");
        if (have < total) {
            progress("adding " + (total - have) + " open invoices to the aging read model");
            try (Connection c = db("receivables")) {
                // already reminded (dunning level 1), so the overdue scan leaves these stream-less rows alone
                c.createStatement().execute("INSERT INTO invoice_view (invoice_id, customer_id, issue_date, due_date, amount, "
                        + "open_amount, currency, dunning_level) SELECT 'INV-SYN-' || g, 'C-SYN-' || (g % 10000), "
                        + "DATE '2026-01-01' + (g % 300), DATE '2026-02-01' + (g % 300), 100.00, 100.00, 'CNY', 1 "
                        + "FROM generate_series(" + (have + 1) + ", " + total + ") g");
                c.createStatement().execute("ANALYZE invoice_view");
            }
        }
        long[] times = new long[3];
        int bytes = 0;
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(platform.url("receivables")
                    + "/api/aging?asOf=2026-11-26&size=50")).header("Authorization", platform.bearer()).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
            times[i] = System.nanoTime() - t0;
            bytes = r.body().length();
        }
        Arrays.sort(times);
        row("GET /api/aging?size=50 at %,d open invoices".formatted(total), "%,d ms (median of 3), %,d KB answer".formatted(
                times[1] / 1_000_000, bytes / 1024), "", "", "< 300 ms, paged");
    }

    // ---- plumbing ----

    /**
     * Each page of the operations console as its person opens it, at 100,000 open invoices: the time from the request
     * to the last byte of the page (the console asks the services everything a page shows, at once).
     */
    void consolePages() throws Exception {
        progress("starting the operations console and timing its pages");
        platform.startConsole(com.getpaid.local.Ports.free(1)[0]);
        String[][] pages = { { "li.na", "/" }, { "zhao.min", "/receivables" }, { "wang.fang", "/credit" },
                { "front.desk", "/complaints" }, { "wang.fang", "/customers/" + customer(0) }, { "ops.admin", "/operations" } };
        HttpClient noRedirects = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String[] page : pages) {
            HttpResponse<String> signIn = noRedirects.send(HttpRequest.newBuilder(URI.create(platform.consoleUrl() + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("person=" + page[0])).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            long[] times = new long[7];
            int status = 0;
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = noRedirects.send(HttpRequest.newBuilder(URI.create(platform.consoleUrl() + page[1]))
                        .header("Cookie", cookie).timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
                times[i] = System.nanoTime() - t0;
                status = r.statusCode();
            }
            long first = times[0];
            Arrays.sort(times);
            row("console page %s (as %s)".formatted(page[1], page[0]), "median %,d ms, first %,d ms (of 7), HTTP %d".formatted(
                    times[3] / 1_000_000, first / 1_000_000, status), "", "", "< 300 ms");
        }
    }

    int send(String method, String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", platform.bearer()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", platform.bearer()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    Connection db(String service) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/" + service, "postgres",
                null);
    }

    long count(String service, String sql) throws Exception {
        try (Connection c = db(service); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void row(String what, String measured, String ceiling, String ratio, String goal) {
        table.add(new String[] { what, measured, ceiling, ratio, goal });
        progress(what + ": " + measured);
    }

    void print() {
        System.out.println();
        System.out.printf("Machine: %d cores, %s, JDK %s; the whole platform co-located with the load%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("java.version"));
        System.out.println("| what | measured | raw ceiling in the same run | ratio | goal |");
        System.out.println("|---|---|---|---|---|");
        for (String[] r : table) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    static String perSecond(double value) {
        return "%,.0f/s".formatted(value);
    }

    static String ratio(double value, double ceiling) {
        return ceiling <= 0 ? "" : "%.2f".formatted(value / ceiling);
    }

    static void progress(String what) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), what);
    }

    /** Throughput and latency percentiles. */
    record Stats(long count, double seconds, double p50Millis, double p99Millis) {

        static Stats of(List<long[]> nanos, double seconds) {
            long[] all = nanos.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            if (all.length == 0) {
                return new Stats(0, seconds, 0, 0);
            }
            return new Stats(all.length, seconds, all[(int) (all.length * 0.50)] / 1e6,
                    all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6);
        }

        double perSecond() {
            return seconds <= 0 ? 0 : count / seconds;
        }

        String describe() {
            return "%s (%,d in %.1f s), p50 %.1f ms, p99 %.1f ms".formatted(Benchmark.perSecond(perSecond()), count, seconds, p50Millis,
                    p99Millis);
        }

        String describeLag() {
            return "p50 %.0f ms, p99 %.0f ms (%,d events)".formatted(p50Millis, p99Millis, count);
        }
    }
}
