package com.getpaid.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * For a service's {@code @QuarkusTest}: a real Kafka broker (own JVM), a real PostgreSQL and a real
 * SMTP server on free ports, in a fresh folder, and the configuration that points the service at
 * them. One per test JVM; stopped when the tests end.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    /** The configuration key under which tests find the IMAP port of the mail server. */
    public static final String IMAP_PORT = "getpaid.test.imap-port";

    private LocalPlatform platform;
    private static volatile Tokens tokens;

    /** A bearer token of this test platform for a subject with these roles. */
    public static String token(String subject, java.util.List<String> roles) {
        return tokens.issue(subject, roles);
    }

    /** The test platform's issuer, for tokens that are expired or meant for another audience. */
    public static Tokens tokens() {
        return tokens;
    }

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "platform-");
            LocalPlatform.Settings settings = LocalPlatform.Settings.randomPorts(dir, Path.of(".."));
            platform = new LocalPlatform(new LocalPlatform.Settings(dir, settings.repoRoot(), false, settings.kafkaPort(),
                    settings.kafkaControllerPort(), settings.postgresPort(), settings.smtpPort(), settings.imapPort(),
                    Map.of("app", 0)));
            platform.withPlaintextKafka().startInfrastructure();
            tokens = platform.tokens();
            Map<String, String> config = new java.util.HashMap<>(platform.serviceConfig("app"));
            config.put(IMAP_PORT, String.valueOf(platform.mail().imapPort())); // for tests that read what was sent
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test platform", e);
        }
    }

    @Override
    public void stop() {
        if (platform != null) {
            platform.close();
        }
    }

}
