package com.getpaid.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one) in its own JVM, from the
 * Apache Kafka jars Maven resolved for this module. Its own process keeps the broker's libraries
 * away from the caller's, and {@code kafka.Kafka} may call {@code System.exit} freely there.
 *
 * <p>With {@link #withSasl} its client listener is {@code SASL_PLAINTEXT} with {@code SCRAM-SHA-512} and takes no
 * unauthenticated client: the users' credentials go into the metadata log when the storage is formatted (the
 * controller listener, on its own port, stays plaintext, as the broker's own), their passwords, made at random, in
 * {@code scram-users.properties} beside it so a restart finds them.
 */
public final class KafkaBroker implements AutoCloseable {

    public static final String MECHANISM = "SCRAM-SHA-512";
    /** The broker's own user, for the listener between brokers and for creating topics. */
    private static final String BROKER_USER = "broker";

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final List<String> users = new java.util.ArrayList<>();
    private final java.util.Properties passwords = new java.util.Properties();
    private Process process;

    public KafkaBroker(Path dir, int port, int controllerPort) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A SASL/SCRAM listener instead of a plaintext one, with these users (a service or tool each) besides the broker. */
    public KafkaBroker withSasl(List<String> clients) {
        users.add(BROKER_USER);
        users.addAll(clients);
        return this;
    }

    public boolean sasl() {
        return !users.isEmpty();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * What a client of {@code user} needs besides {@code bootstrap.servers}, as {@code kafka.*} keys without the
     * prefix ({@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}); none for a plaintext broker.
     */
    public Map<String, String> clientSecurity(String user) {
        if (!sasl()) {
            return Map.of();
        }
        String password = passwords.getProperty(user);
        if (password == null) {
            throw new IllegalArgumentException("No Kafka user " + user + " on this broker; its users are " + users);
        }
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas(user, password));
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    public KafkaBroker start() throws Exception {
        Files.createDirectories(dir);
        Path config = dir.resolve("server.properties");
        Path logs = dir.resolve("data");
        String listener = sasl() ? "SASL_PLAINTEXT" : "PLAINTEXT";
        if (sasl()) {
            loadOrMakePasswords(logs);
        }
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=" + listener + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=" + listener + "://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=" + listener + ":" + listener + ",CONTROLLER:PLAINTEXT",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "inter.broker.listener.name=" + listener,
                sasl() ? "sasl.enabled.mechanisms=" + MECHANISM : "",
                sasl() ? "sasl.mechanism.inter.broker.protocol=" + MECHANISM : "",
                sasl() ? "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
                        + jaas(BROKER_USER, passwords.getProperty(BROKER_USER)) : "",
                "log.dirs=" + logs.toAbsolutePath(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.flush.interval.messages=1",
                "") + "\n", StandardCharsets.UTF_8);
        if (!Files.exists(logs.resolve("meta.properties"))) {
            List<String> format = new java.util.ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(),
                    "-c", config.toString(), "--standalone"));
            for (String user : users) {
                format.addAll(List.of("--add-scram", MECHANISM + "=[name=" + user + ",password=" + passwords.getProperty(user)
                        + "]"));
            }
            Process formatting = java("kafka.tools.StorageTool", format.toArray(String[]::new))
                    .redirectOutput(dir.resolve("format.log").toFile())
                    .redirectErrorStream(true)
                    .start();
            if (!formatting.waitFor(120, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed, see " + dir.resolve("format.log"));
            }
        }
        process = java("kafka.Kafka", config.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kafka.log").toFile()))
                .redirectErrorStream(true)
                .start();
        awaitReady(Duration.ofSeconds(90));
        return this;
    }

    /** The users' passwords: made once, before the storage is formatted with them, and read again on every start. */
    private void loadOrMakePasswords(Path logs) throws IOException {
        Path file = dir.resolve("scram-users.properties");
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                passwords.load(in);
            }
        } else if (Files.exists(logs.resolve("meta.properties"))) {
            throw new IllegalStateException("The Kafka data in " + logs + " was made for a plaintext broker, without SCRAM "
                    + "users: start it without SASL, or remove " + dir + " to start afresh");
        }
        var random = new java.security.SecureRandom();
        for (String user : users) {
            if (passwords.getProperty(user) == null) {
                byte[] secret = new byte[18];
                random.nextBytes(secret);
                passwords.setProperty(user, java.util.HexFormat.of().formatHex(secret));
            }
        }
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            passwords.store(out, "SCRAM-SHA-512 users of this broker, made at random when its storage was formatted");
        }
    }

    /** Creates the topics if they are missing, with the given number of partitions. */
    public void createTopics(List<String> topics, int partitions) throws Exception {
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    private Admin admin() {
        Map<String, Object> config = new java.util.HashMap<>(clientSecurity(BROKER_USER));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(config);
    }

    private void awaitReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + ", see "
                        + dir.resolve("kafka.log"));
            }
            if (listening()) { // only then ask, so the admin client does not log every refused connection
                try (Admin admin = admin()) {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                }
            }
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Kafka broker not ready after " + timeout + ", see " + dir.resolve("kafka.log"), last);
    }

    private boolean listening() {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private ProcessBuilder java(String mainClass, String... args) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(javaBin, "-Xms128m", "-Xmx512m",
                "-Dlog4j2.configurationFile=" + log4jConfig(), "-cp", classpath(), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile());
    }

    private String log4jConfig() throws IOException {
        Path file = dir.resolve("log4j2.properties");
        Files.writeString(file, String.join("\n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.stdout.ref=STDOUT",
                "appender.stdout.type=Console",
                "appender.stdout.name=STDOUT",
                "appender.stdout.layout.type=PatternLayout",
                "appender.stdout.layout.pattern=[%d] %p %m (%c)%n",
                "logger.kafka.name=kafka",
                "logger.kafka.level=WARN",
                "logger.state.name=state.change.logger",
                "logger.state.level=WARN",
                "logger.apache.name=org.apache.kafka",
                "logger.apache.level=WARN",
                ""));
        return file.toAbsolutePath().toString();
    }

    /** The broker's classpath, written at build time by the dependency plugin. */
    static String classpath() throws IOException {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/kafka-broker.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka-broker.classpath missing: build deploy/local with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
    }

    @Override
    public void close() {
        ServiceProcess.stop(process);
    }


}
