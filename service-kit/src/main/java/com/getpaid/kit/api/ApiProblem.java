package com.getpaid.kit.api;

import java.util.List;

/**
 * A failure answered as {@code application/problem+json} (RFC 9457), naming the offending field(s).
 */
public class ApiProblem extends RuntimeException {

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(FieldError::field).toList());
        return new ApiProblem(400, "Invalid request", detail, errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** The request body, or a 400 when there was none (JSON null or an empty body). */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw invalid("body", "is required");
        }
        return body;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "Not found", what, List.of());
    }

    /** The natural key was used before with different content. */
    public static ApiProblem conflict(String field, String detail) {
        return new ApiProblem(409, "Conflict", detail, List.of(new FieldError(field, detail)));
    }

    /** The request is well formed but breaks a rule of the domain. */
    public static ApiProblem unprocessable(String field, String detail) {
        return new ApiProblem(422, "Rule violated", detail, List.of(new FieldError(field, detail)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
