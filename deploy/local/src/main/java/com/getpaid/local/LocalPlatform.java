package com.getpaid.local;

import com.getpaid.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole product on one machine with nothing installed but a JDK: a real Kafka broker, a real
 * PostgreSQL (one database per service), a real SMTP/IMAP server, and the four services as their
 * own processes. {@code main} is the README's run command; the system tests start it too, on
 * other ports and a throw-away folder.
 */
public final class LocalPlatform implements AutoCloseable {

    /** Where everything listens; {@link #standard()} are the documented ports. */
    public record Settings(Path dataDir, Path repoRoot, boolean durable, int kafkaPort, int kafkaControllerPort,
            int postgresPort, int smtpPort, int imapPort, Map<String, Integer> servicePorts) {

        public static Settings standard(Path dataDir, Path repoRoot) {
            return new Settings(dataDir, repoRoot, true, 9092, 9093, 15432, 3025, 3143, servicePorts(8081, 8082, 8083, 8084));
        }

        public static Settings randomPorts(Path dataDir, Path repoRoot) {
            int[] p = Ports.free(9);
            return new Settings(dataDir, repoRoot, false, p[0], p[1], p[2], p[3], p[4], servicePorts(p[5], p[6], p[7], p[8]));
        }

        private static Map<String, Integer> servicePorts(int customer, int receivables, int complaint, int notification) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("customer", customer);
            ports.put("receivables", receivables);
            ports.put("complaint", complaint);
            ports.put("notification", notification);
            return ports;
        }
    }

    /** Where the operations console listens in the run command (the first address it prints). */
    public static final int CONSOLE_PORT = 8080;

    /** Where {@code ./fault.sh} asks the running platform to stop or start Kafka, the mail server or PostgreSQL. */
    public static final int FAULT_CONTROL_PORT = 8090;

    /** The four services, by the short name their database and folder use. */
    public static final List<String> SERVICES = List.of("customer", "receivables", "complaint", "notification");

    private final Settings settings;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extraConfig = new LinkedHashMap<>();
    private ServiceProcess console;
    private Database database;
    private KafkaBroker kafka;
    private MailServer mail;

    private final Tokens tokens;

    /** {@code -Dgetpaid.local.kafka-sasl=true}: the broker takes SASL/SCRAM clients only (see {@link #withSaslKafka()}). */
    public static final String KAFKA_SASL = "getpaid.local.kafka-sasl";
    /** The Kafka user of the platform's own tools (tests, load, benchmarks). */
    static final String TOOLS_KAFKA_USER = "platform-tools";

    private boolean saslKafka = Boolean.getBoolean(KAFKA_SASL);

    public LocalPlatform(Settings settings) {
        this.settings = settings;
        this.tokens = Tokens.in(settings.dataDir()); // the services trust its key; ./token.sh signs with it
    }

    /** The platform's token issuer: a bearer token for any roles. */
    public Tokens tokens() {
        return tokens;
    }

    private String toolsBearer;

    /** An Authorization header value holding every role, for the platform's own tools (load, benchmarks); made once. */
    public synchronized String bearer() {
        if (toolsBearer == null) {
            toolsBearer = "Bearer " + tokens.issue("platform-tools",
                    List.of("erp", "collector", "credit-manager", "support", "viewer", "admin"));
        }
        return toolsBearer;
    }

    /**
     * The broker's client listener authenticates with SASL/SCRAM-SHA-512 and refuses clients without credentials;
     * each service gets a user of its own, the tools {@link #kafkaClientSettings()}. Before {@link #startInfrastructure()}.
     */
    public LocalPlatform withSaslKafka() {
        saslKafka = true;
        return this;
    }

    /** A plaintext broker whatever {@link #KAFKA_SASL} says: the services' own tests reach it by its address alone. */
    LocalPlatform withPlaintextKafka() {
        saslKafka = false;
        return this;
    }

    /** Starts Kafka, PostgreSQL and the mail server: what the services need, without the services. */
    public LocalPlatform startInfrastructure() throws Exception {
        startDatabase();
        started.add(() -> database.close());
        kafka = new KafkaBroker(settings.dataDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
        if (saslKafka) {
            List<String> users = new ArrayList<>(settings.servicePorts().keySet().stream().map(LocalPlatform::kafkaUser).toList());
            users.add(TOOLS_KAFKA_USER);
            kafka.withSasl(users);
        }
        kafka.start();
        started.add(kafka);
        List<String> topics = new ArrayList<>(Topics.ALL);
        SERVICES.forEach(s -> topics.add(Topics.deadLetter(s + "-service")));
        kafka.createTopics(topics, 3);
        Path mailFolder = settings.dataDir().resolve("mail");
        startMail();
        started.add(this::stopMail);
        return this;
    }

    private void startDatabase() throws Exception {
        database = Database.start(settings.dataDir().resolve("postgres"), settings.postgresPort(), settings.durable(),
                List.copyOf(settings.servicePorts().keySet()));
    }

    // ---- faults, for the fault suite: each part can be stopped and started again under load ----

    /** Stops PostgreSQL (fast shutdown); the services lose their connections until {@link #startPostgres()}. */
    public void stopPostgres() throws Exception {
        database.close();
    }

    public void startPostgres() throws Exception {
        startDatabase();
    }

    /** Stops the Kafka broker (controlled shutdown, like a rolling restart). */
    public void stopKafka() {
        kafka.close();
    }

    public void startKafka() throws Exception {
        kafka.start();
    }

    /** Stops the SMTP server: senders get "connection refused" until {@link #startMail()}; the mailbox is kept. */
    public void stopMail() throws Exception {
        if (mail != null) {
            mail.stopAndSaveTo(settings.dataDir().resolve("mail"));
            mail = null;
        }
    }

    public void startMail() throws Exception {
        mail = new MailServer(settings.smtpPort(), settings.imapPort()).start().restoreFrom(settings.dataDir().resolve("mail"));
    }

    /** kill -9 of one service: no shutdown hook, no goodbye. */
    public void kill(String service) {
        services.get(service).kill();
    }

    /** Starts a killed service again and waits until it is ready. */
    public void restart(String service) throws Exception {
        ServiceProcess process = services.get(service);
        process.start();
        process.awaitReady(Duration.ofSeconds(120));
    }

    /** Extra settings for one service (beyond its addresses), for tests that need shorter waits. */
    public LocalPlatform configure(String service, String key, String value) {
        extraConfig.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(key, value);
        return this;
    }

    /**
     * One service on the adjustable clock ({@code PUT /admin/clock}), for scenario tests: only in the
     * {@code scenario} profile, since a production start refuses it.
     */
    public LocalPlatform onAdjustableClock(String service) {
        return configure(service, "quarkus.profile", "scenario").configure(service, "getpaid.clock.adjustable", "true");
    }

    /**
     * Starts the four services and waits until each is ready. If one does not get ready, stops everything this
     * platform started: a caller holding no reference to it yet ({@code p = new LocalPlatform(..).start..()}) could
     * not, and its processes would outlive the test.
     */
    public LocalPlatform startServices() throws Exception {
        try {
            for (Map.Entry<String, Integer> entry : settings.servicePorts().entrySet()) {
                String name = entry.getKey();
                ServiceProcess service = new ServiceProcess(name + "-service",
                        settings.repoRoot().resolve(name + "-service/target/quarkus-app/quarkus-run.jar"),
                        entry.getValue(), serviceConfig(name), settings.dataDir().resolve("logs/" + name + "-service.log"));
                started.add(service.start());
                services.put(name, service);
            }
            for (ServiceProcess service : services.values()) {
                service.awaitReady(READY_WITHIN);
            }
            startOtherInstances(); // once the first are up: their schema is migrated, and eight JVMs do not start at once
            awaitOtherInstances();
            return this;
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Starts the operations console on {@code port} beside the running services, with the demo sign-in turned on: it
     * signs the demo people's tokens with this platform's key, which the services trust.
     */
    public LocalPlatform startConsole(int port) throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        settings.servicePorts().keySet().forEach(name -> config.put("console.services." + name, url(name)));
        config.put("console.local-sign-in.enabled", "true");
        config.put("console.local-sign-in.key", tokens.privateKey().toString());
        config.putAll(extraConfig.getOrDefault("console", Map.of()));
        console = new ServiceProcess("ops-console", settings.repoRoot().resolve("ops-console/target/quarkus-app/quarkus-run.jar"),
                port, config, settings.dataDir().resolve("logs/ops-console.log"));
        started.add(console.start());
        console.awaitReady(Duration.ofSeconds(120));
        return this;
    }

    /** The console's address, once {@link #startConsole} has started it. */
    public String consoleUrl() {
        return console.url();
    }

    /** The services whose queries read through the reactive PostgreSQL client ("app": a service's own test). */
    private static final java.util.Set<String> READS_REACTIVELY = java.util.Set.of("customer", "receivables", "app");

    /** The configuration a service gets: addresses only, everything else is the service's own default. */
    public Map<String, String> serviceConfig(String name) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl(name));
        if (READS_REACTIVELY.contains(name)) {
            config.put("quarkus.datasource.reactive.url", database.reactiveUrl(name));
        }
        config.put("quarkus.datasource.username", "postgres");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        kafka.clientSecurity(kafkaUser(name)).forEach((key, value) -> config.put("kafka." + key, value));
        config.put("mp.jwt.verify.publickey.location", tokens.publicKey().toUri().toString());
        config.put("getpaid.operations-endpoints", "permit"); // metrics, OpenAPI, Swagger UI open on this machine
        if (name.equals("notification") || name.equals("app")) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(settings.smtpPort()));
        }
        config.putAll(extraConfig.getOrDefault(name, Map.of()));
        return config;
    }

    public String url(String service) {
        return services.get(service).url();
    }

    /** The process id of each running service, by its short name. */
    public Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    private static String kafkaUser(String service) {
        return service + "-service";
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * What a hand-made Kafka client of the platform's tools (tests, load, benchmarks) needs to reach this broker:
     * {@code bootstrap.servers} and, on a SASL broker, its credentials. Add the client's own settings to a copy.
     */
    public Map<String, Object> kafkaClientSettings() {
        Map<String, Object> settings = new LinkedHashMap<>(kafka.clientSecurity(TOOLS_KAFKA_USER));
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        return settings;
    }

    public MailServer mail() {
        return mail;
    }

    // ---- more than one instance of each service, for the fault suite ----

    /** How long a service may take to start: minutes when the machine's two cores are shared with other builds. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(300);
    private int instances = 1;
    /** The second and later instances of each service (the first is in {@link #services}). */
    private final Map<String, List<ServiceProcess>> otherInstances = new LinkedHashMap<>();

    /**
     * Runs {@code count} instances of every service (before {@link #startServices()}): each its own process on a port of
     * its own, with the same database and the same consumer groups, as a deployment with replicas runs them.
     */
    public LocalPlatform instances(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("instances must be at least 1, not " + count);
        }
        this.instances = count;
        return this;
    }

    private void startOtherInstances() throws Exception {
        for (String name : settings.servicePorts().keySet()) {
            int[] ports = Ports.free(instances - 1);
            for (int n = 2; n <= instances; n++) {
                ServiceProcess process = new ServiceProcess(name + "-service-" + n,
                        settings.repoRoot().resolve(name + "-service/target/quarkus-app/quarkus-run.jar"), ports[n - 2],
                        serviceConfig(name), settings.dataDir().resolve("logs/" + name + "-service-" + n + ".log"));
                started.add(process.start());
                otherInstances.computeIfAbsent(name, k -> new ArrayList<>()).add(process);
            }
        }
    }

    private void awaitOtherInstances() throws Exception {
        for (List<ServiceProcess> processes : otherInstances.values()) {
            for (ServiceProcess process : processes) {
                process.awaitReady(READY_WITHIN);
            }
        }
    }

    private ServiceProcess instance(String service, int instance) {
        return instance == 1 ? services.get(service) : otherInstances.get(service).get(instance - 2);
    }

    /** The address of every instance of the service, the first first. */
    public List<String> urls(String service) {
        List<String> urls = new ArrayList<>(List.of(url(service)));
        otherInstances.getOrDefault(service, List.of()).forEach(p -> urls.add(p.url()));
        return urls;
    }

    /** kill -9 of one instance (from 1) of a service; the others go on. */
    public void kill(String service, int instance) {
        instance(service, instance).kill();
    }

    /** Starts that instance (from 1) of every service again, all at once, and waits until each is ready. */
    public void restartEvery(int instance) throws Exception {
        for (String service : services.keySet()) {
            instance(service, instance).start();
        }
        for (String service : services.keySet()) {
            instance(service, instance).awaitReady(READY_WITHIN);
        }
    }

    /** Starts a killed instance (from 1) again and waits until it is ready. */
    public void restart(String service, int instance) throws Exception {
        ServiceProcess process = instance(service, instance);
        process.start();
        process.awaitReady(READY_WITHIN);
    }

    /** Stops the services first, then the infrastructure, in the reverse order of starting. */
    @Override
    public void close() {
        otherInstances.values().forEach(processes -> processes.forEach(ServiceProcess::requestStop));
        otherInstances.clear();
        services.values().forEach(ServiceProcess::requestStop); // all four shut down at once
        services.clear();
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Stopping " + started.get(i) + " failed: " + e);
            }
        }
        started.clear();
    }

    public static void main(String[] args) throws Exception {
        Path repoRoot = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path dataDir = repoRoot.resolve(".data");
        Settings settings = Settings.standard(dataDir, repoRoot);
        List<Integer> ports = new ArrayList<>(List.of(CONSOLE_PORT, settings.kafkaPort(), settings.kafkaControllerPort(),
                settings.postgresPort(), settings.smtpPort(), settings.imapPort()));
        ports.addAll(settings.servicePorts().values());
        for (int port : ports) {
            if (!Ports.isFree(port)) {
                System.err.println("Port " + port + " is in use: is ./run.sh already running? Stop it (Ctrl-C) or free the port.");
                System.exit(1);
            }
        }
        boolean freshData = !java.nio.file.Files.exists(dataDir.resolve("postgres")); // the demo book goes only into new data
        LocalPlatform platform = new LocalPlatform(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services, Kafka, the mail server and PostgreSQL...");
            platform.close();
            System.out.println("Stopped. Data kept in " + dataDir);
        }, "platform-shutdown"));
        System.out.println("Starting PostgreSQL, Kafka and the mail server (data in " + dataDir + ")...");
        platform.startInfrastructure();
        System.out.println("Starting the four services (logs in " + dataDir.resolve("logs") + ")...");
        platform.startServices();
        System.out.println("Starting the operations console...");
        platform.startConsole(CONSOLE_PORT);
        if (freshData) {
            DemoBook.loadOnce(platform, dataDir);
        }
        System.out.println();
        System.out.println("Everything is running:");
        System.out.printf("  %-21s http://localhost:%d   (open it and sign in as li.na, wang.fang, front.desk, zhao.min or ops.admin)%n",
                "operations console", CONSOLE_PORT);
        settings.servicePorts().forEach((name, port) -> System.out.printf(
                "  %-21s http://localhost:%d   (Swagger UI /q/swagger-ui, health /q/health, metrics /q/metrics)%n",
                name + "-service", port));
        System.out.printf("  %-21s 127.0.0.1:%d%s%n", "Kafka", settings.kafkaPort(), platform.saslKafka
                ? " (SASL_PLAINTEXT, SCRAM-SHA-512; users and passwords in " + dataDir.resolve("kafka/scram-users.properties") + ")"
                : "");
        System.out.printf("  %-21s jdbc:postgresql://127.0.0.1:%d/{customer,receivables,complaint,notification} user postgres%n",
                "PostgreSQL", settings.postgresPort());
        System.out.printf("  %-21s SMTP 127.0.0.1:%d, IMAP 127.0.0.1:%d (login and password: the recipient's address)%n",
                "Mail", settings.smtpPort(), settings.imapPort());
        if (Ports.isFree(FAULT_CONTROL_PORT)) {
            new FaultControl(FAULT_CONTROL_PORT, platform);
            System.out.printf("  %-21s ./fault.sh kafka|mail|postgres stop|start (http://127.0.0.1:%d)%n", "Faults, to try",
                    FAULT_CONTROL_PORT);
        }
        System.out.println("  Tokens                ./token.sh ROLE... prints a bearer token (roles: erp collector credit-manager "
                + "support viewer admin)");
        System.out.println("Press Ctrl-C to stop everything; data is kept for the next start.");
        Thread.currentThread().join();
    }
}
