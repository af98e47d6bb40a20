package com.getpaid.kit.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused by Vert.x before JAX-RS sees it, with an empty
 * 413; this route runs just before that check and answers the same 413 as problem+json, naming the limit.
 */
@ApplicationScoped
public class BodyLimit {

    void route(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<String> written) {
        limit.ifPresent(max -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(request -> refuseAbove(request, max.asLongValue(), written.orElse(max.asLongValue() + " bytes"))));
    }

    private static void refuseAbove(RoutingContext request, long max, String written) {
        String length = request.request().getHeader("Content-Length");
        long bytes;
        try {
            bytes = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            bytes = -1; // Vert.x refuses a malformed length itself
        }
        if (bytes <= max) {
            request.next();
            return;
        }
        String detail = "The body has " + bytes + " bytes; this service takes at most " + written + " (" + max
                + " bytes, quarkus.http.limits.max-body-size). Nothing was changed.";
        JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Request too large")
                .put("status", 413).put("detail", detail).put("field", "body")
                .put("errors", new JsonArray().add(new JsonObject().put("field", "body").put("message", detail)));
        // the body is left unread, so the connection cannot carry another request
        request.response().setStatusCode(413).putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
                .putHeader("Connection", "close").end(problem.encode())
                .onComplete(sent -> request.request().connection().close());
    }
}
