package com.getpaid.kit.domain;

/**
 * A command the domain refuses, said in the domain's words: which field (if one is at fault) and
 * why. The domain never speaks HTTP; {@code ProblemMappers} answers each kind as problem+json.
 */
public abstract sealed class DomainError extends RuntimeException permits RuleViolated, NotFound, AlreadyRecorded {

    private final String field;

    protected DomainError(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, or null when the refusal is about the whole request. */
    public String field() {
        return field;
    }
}
