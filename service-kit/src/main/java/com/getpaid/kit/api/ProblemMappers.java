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

    /** The domain refused the command: 422 for a rule, 404 for what does not exist, 409 for a key used with other content. */
    @ServerExceptionMapper
    public Response refused(com.getpaid.kit.domain.DomainError e) {
        List<ApiProblem.FieldError> errors = e.field() == null ? List.of() : List.of(new ApiProblem.FieldError(e.field(),
                e.getMessage()));
        if (e instanceof com.getpaid.kit.domain.NotFound) {
            return respond(404, "Not found", e.getMessage(), errors);
        }
        if (e instanceof com.getpaid.kit.domain.AlreadyRecorded) {
            return respond(409, "Conflict", e.getMessage(), errors);
        }
        return respond(422, "Rule violated", e.getMessage(), errors);
    }

    /** A request that breaks its declared constraints (Bean Validation): 400 naming every field at fault. */
    @ServerExceptionMapper(priority = 1)
    public Response invalid(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e) {
        return violations(e);
    }

    @ServerExceptionMapper
    public Response violations(jakarta.validation.ConstraintViolationException e) {
        List<ApiProblem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ApiProblem.FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(ApiProblem.FieldError::field)).distinct().toList();
        ApiProblem problem = ApiProblem.invalid(errors);
        return respond(400, problem.title(), problem.getMessage(), errors);
    }

    /**
     * The request field a violation names: the path without the method and parameter
     * ({@code receive.request.allocations[0].amount} is {@code allocations[0].amount}); the body itself is {@code body},
     * a query parameter its own name.
     */
    static String field(jakarta.validation.Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (jakarta.validation.Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        field.append('[').append(node.getKey()).append(']');
                    }
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        field.append(field.length() == 0 ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter == null || "request".equals(parameter) || "body".equals(parameter) ? "body" : parameter;
    }

    /** Malformed JSON, or a value of the wrong JSON type: 400 naming the field path. */
    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException bad ? notReadable(bad)
                    : "has a value of the wrong type";
            return respond(400, "Invalid request", field + " " + message, List.of(new ApiProblem.FieldError(field, message)));
        }
        String detail = e instanceof JsonParseException ? "The body is not valid JSON: " + e.getOriginalMessage()
                : "The body could not be read: " + e.getOriginalMessage();
        return respond(400, "Malformed JSON", detail, List.of());
    }

    /** What an enum, a date or a number could not be read from, with what it takes. */
    private static String notReadable(com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String value = e.getValue() == null ? "null" : "'" + e.getValue() + "'";
        if (target != null && target.isEnum()) {
            return value + " is not one of " + String.join(", ", java.util.Arrays.stream(target.getEnumConstants())
                    .map(Object::toString).sorted().toList());
        }
        if (target == java.time.LocalDate.class) {
            return value + " is not a date (YYYY-MM-DD)";
        }
        if (target == java.math.BigDecimal.class) {
            return value + " is not a decimal amount such as \"1200.50\"";
        }
        return value + " has the wrong type";
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
        if (Jdbc.isTimeout(e)) {
            return timedOut(e);
        }
        LOG.warnf("Request refused, the database did not answer: %s", e.getMessage());
        Response problem = respond(503, "Service unavailable", "The database did not answer; nothing was changed. "
                + "Send the request again.", List.of());
        return Response.fromResponse(problem).header("Retry-After", "2").build();
    }

    /** A lock held elsewhere, or a statement, outlasted its bound (lock_timeout, statement_timeout): rolled back. */
    private static Response timedOut(RuntimeException e) {
        LOG.warnf("Request refused, it waited longer than its bound in the database: %s", e.getMessage());
        Response problem = respond(503, "Service unavailable", "The data this request needs stayed busy longer than "
                + "the database waits; nothing was changed. Send the request again.", List.of());
        return Response.fromResponse(problem).header("Retry-After", "2").build();
    }

    /** The customer already has its share of the pool in flight here: nothing was changed, send it again shortly. */
    @ServerExceptionMapper
    public Response customerBusy(com.getpaid.kit.command.CustomerGate.Busy e) {
        LOG.warnf("Request refused: %s", e.getMessage());
        Response problem = respond(503, "Service unavailable", "Too many requests for this customer are in flight at "
                + "once; nothing was changed. Send the request again.", List.of());
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
        if (Jdbc.isTimeout(e)) {
            return timedOut(e); // wrapped on its way out of the pipeline
        }
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
