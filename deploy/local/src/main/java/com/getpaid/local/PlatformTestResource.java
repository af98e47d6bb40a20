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

    private static MailServer mailServer;
    private LocalPlatform platform;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "platform-");
            LocalPlatform.Settings settings = LocalPlatform.Settings.randomPorts(dir, Path.of(".."));
            platform = new LocalPlatform(new LocalPlatform.Settings(dir, settings.repoRoot(), false, settings.kafkaPort(),
                    settings.kafkaControllerPort(), settings.postgresPort(), settings.smtpPort(), settings.imapPort(),
                    Map.of("app", 0)));
            platform.startInfrastructure();
            mailServer = platform.mail();
            Map<String, String> config = new java.util.HashMap<>(platform.serviceConfig("app"));
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test platform", e);
        }
    }

    /** The SMTP server the service under test sends to, for tests that read what was sent. */
    public static MailServer mailServer() {
        return mailServer;
    }

    @Override
    public void stop() {
        if (platform != null) {
            platform.close();
        }
    }

}
