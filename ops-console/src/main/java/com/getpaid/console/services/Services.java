package com.getpaid.console.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The only way the console reaches data: the four services' REST APIs, each call carrying the signed-in person's own
 * access token, so the services decide who may read and do what, check every input and record who did it. Calls are
 * asynchronous so that a page asks all it needs at once.
 */
@ApplicationScoped
public class Services {

    private static final Logger LOG = Logger.getLogger(Services.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, String> base = new LinkedHashMap<>();
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    public Services(ObjectMapper json, @ConfigProperty(name = "console.services.customer") String customer,
            @ConfigProperty(name = "console.services.receivables") String receivables,
            @ConfigProperty(name = "console.services.complaint") String complaint,
            @ConfigProperty(name = "console.services.notification") String notification) {
        this.json = json;
        base.put("customer", customer);
        base.put("receivables", receivables);
        base.put("complaint", complaint);
        base.put("notification", notification);
    }

    /** The four services' names, in the order the operations page lists them. */
    public Iterable<String> names() {
        return base.keySet();
    }

    public CompletableFuture<Reply> get(String token, String service, String path) {
        return call(token, service, HttpRequest.newBuilder(uri(service, path)).GET(), path);
    }

    /** A write: JSON body, and an Idempotency-Key so that the same form sent twice is done once. */
    public Reply send(String token, String service, String method, String path, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return call(token, service, request, path).join();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<Reply> call(String token, String service, HttpRequest.Builder request, String path) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request.header("Accept", "application/json").timeout(TIMEOUT);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            Object body = null;
            byte[] bytes = response.body();
            if (bytes.length > 0) {
                try {
                    body = json.readValue(bytes, Object.class);
                } catch (java.io.IOException e) {
                    body = new String(bytes, StandardCharsets.UTF_8); // metrics, or a proxy's error page
                }
            }
            return new Reply(response.statusCode(), body);
        }).exceptionally(failure -> {
            LOG.warnf("%s did not answer %s: %s", service, path, failure.getCause() == null ? failure : failure.getCause());
            return new Reply(0, service + " is not answering");
        });
    }

    /** Plain text (metrics), the person's token if any. */
    public CompletableFuture<String> text(String token, String service, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path)).GET().timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> r.statusCode() == 200 ? r.body() : "")
                .exceptionally(failure -> "");
    }

    private URI uri(String service, String path) {
        String root = base.get(service);
        if (root == null) {
            throw new IllegalArgumentException("No service " + service);
        }
        return URI.create(root + path);
    }

    /** A query parameter's value, encoded. */
    public static String q(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
