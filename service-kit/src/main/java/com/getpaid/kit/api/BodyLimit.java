package com.getpaid.kit.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused by Vert.x before JAX-RS sees it, with an empty
 * 413; this route runs just before that check and answers the same 413 as problem+json, naming the limit.
 */
@ApplicationScoped
public class BodyLimit {

    private static final Set<HttpMethod> HAS_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    void route(@Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<String> written) {
        limit.ifPresent(max -> {
            String said = written.orElse(max.asLongValue() + " bytes");
            BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max.asLongValue());
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                    .handler(request -> refuseAbove(request, chunked, max.asLongValue(), said))
                    .failureHandler(failed -> {
                        if (failed.statusCode() == 413 && !failed.response().headWritten()) {
                            refuse(failed, "The body is longer", max.asLongValue(), said);
                        } else {
                            failed.next();
                        }
                    });
        });
    }

    private static void refuseAbove(RoutingContext request, BodyHandler chunked, long max, String written) {
        String length = request.request().getHeader("Content-Length");
        if (length == null && HAS_BODY.contains(request.request().method())
                && "chunked".equalsIgnoreCase(request.request().getHeader("Transfer-Encoding"))) {
            // a chunked body's size shows only while it is read (HTTP/1.1; an HTTP/2 request, whose stream may
            // already have ended without a body, is left to RESTEasy, which would find it read otherwise): read it here (within the limit) so that
            // going over it fails this route and is answered below, not with Vert.x's empty 413
            chunked.handle(request);
            return;
        }
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
        refuse(request, "The body has " + bytes + " bytes", max, written);
    }

    private static void refuse(RoutingContext request, String size, long max, String written) {
        String detail = size + "; this service takes at most " + written + " (" + max
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
