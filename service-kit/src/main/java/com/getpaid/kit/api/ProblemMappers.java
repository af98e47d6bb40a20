package com.getpaid.kit.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.getpaid.events.store.ConcurrencyConflict;
import com.getpaid.events.store.EventTooLarge;
import com.getpaid.events.store.Jdbc;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as {@code application/problem+json}, with the field at fault where there is one. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        return respond(problem.status(), problem.title(), problem.getMessage(), problem.errors());
    }

    /** Malformed JSON, or a value of the wrong JSON type: 400 naming the field path. */
    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : "has a value of the wrong type";
            return respond(400, "Invalid request", field + " " + message, List.of(new ApiProblem.FieldError(field, message)));
        }
        String detail = e instanceof JsonParseException ? "The body is not valid JSON: " + e.getOriginalMessage()
                : "The body could not be read: " + e.getOriginalMessage();
        return respond(400, "Malformed JSON", detail, List.of());
    }

    /** Quarkus maps these exact types itself; naming them keeps every JSON error in one shape. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unparsable(JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, "Not found", e.getMessage(), List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json); // the JSON reader wraps what it could not read
        }
        int status = e.getResponse().getStatus();
        return respond(status, Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error", e.getMessage(), List.of());
    }

    /** Other writers kept changing the same data through every retry: nothing was changed, try again. */
    @ServerExceptionMapper
    public Response contended(ConcurrencyConflict e) {
        Response problem = respond(503, "Busy", "The data changed under this request on every try; nothing was changed. "
                + "Send it again.", List.of());
        return Response.fromResponse(problem).header("Retry-After", "1").build();
    }

    /**
     * The database did not answer (down, restarting, or every connection busy): nothing was changed,
     * and the same request sent again is safe (writes are idempotent).
     */
    @ServerExceptionMapper
    public Response unavailable(Jdbc.StoreException e) {
        if (Jdbc.isPermanent(e)) {
            return unexpected(e); // refused data or a bug: sending it again would not help
        }
        LOG.warnf("Request refused, the database did not answer: %s", e.getMessage());
        Response problem = respond(503, "Service unavailable", "The database did not answer; nothing was changed. "
                + "Send the request again.", List.of());
        return Response.fromResponse(problem).header("Retry-After", "2").build();
    }

    /** The request would make an event larger than Kafka takes: refused whole, nothing stored. */
    @ServerExceptionMapper
    public Response tooLarge(EventTooLarge e) {
        return respond(413, "Request too large", e.getMessage(), List.of(new ApiProblem.FieldError("body", e.getMessage())));
    }

    /** No token, an expired one, one signed by another key or for another audience: 401, and nothing happened. */
    @ServerExceptionMapper({ io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e) {
        LOG.debugf("Refused a request without a valid bearer token: %s", e.getMessage());
        return Response.fromResponse(respond(401, "Unauthorized", "This request needs a valid bearer token "
                + "(Authorization: Bearer ...): it was missing, expired, or not signed for this service. Nothing was changed.",
                List.of())).header("WWW-Authenticate", "Bearer").build();
    }

    /** A valid token without a role this endpoint allows: 403, and nothing happened. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return respond(403, "Forbidden", "The token's roles do not allow this request. Nothing was changed.", List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Request failed unexpectedly", e);
        return respond(500, "Internal error", "The request failed on our side; nothing was changed. Retry later.",
                List.of());
    }

    public static Response respond(int status, String title, String detail, List<ApiProblem.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("field", errors.get(0).field());
            body.put("errors", errors);
        }
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }
}
