package com.getpaid.system;

import static io.restassured.RestAssured.given;

import com.getpaid.local.LocalPlatform;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;

/** The four services on their own broker, database and mail server, on free ports, for one test class at a time. */
abstract class RunningPlatform {

    static LocalPlatform.Settings settings;
    static LocalPlatform platform;

    /** Starts the platform, {@code configure} applied to it first; its data under target/{@code name}-*. */
    static void start(String name, Consumer<LocalPlatform> configure) throws Exception {
        Path repoRoot = Path.of("../..").toAbsolutePath().normalize();
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-");
        settings = LocalPlatform.Settings.randomPorts(data, repoRoot);
        platform = new LocalPlatform(settings);
        configure.accept(platform);
        platform.startInfrastructure().startServices();
    }

    /** Starts the platform with every service's clock adjustable ({@code PUT /admin/clock}), {@code configure} applied too. */
    static void startOnAControlledClock(String name, Consumer<LocalPlatform> configure) throws Exception {
        start(name, platform -> {
            for (String service : LocalPlatform.SERVICES) {
                platform.onAdjustableClock(service);
            }
            configure.accept(platform);
        });
    }

    /** Every service's clock to {@code now}, from where it runs on. */
    static java.time.Instant setClocks(java.time.Instant now) {
        for (String service : LocalPlatform.SERVICES) {
            send("admin", "PUT", url(service, "/admin/clock"), "{ \"now\": \"" + now + "\" }").statusCode(200);
        }
        return now;
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    static String url(String service, String path) {
        return platform.url(service) + path;
    }

    /** A request with a bearer token for the role the API walk-through (docs/api-walk-through.md) uses for it. */
    static RequestSpecification as(String role) {
        return given().auth().oauth2(platform.tokens().issue("walk-through-" + role, List.of(role)));
    }

    static ValidatableResponse send(String role, String method, String url, String body) {
        return as(role).contentType(ContentType.JSON).body(body).request(method, url).then();
    }
}
