package com.getpaid.kit.domain;

/** The request is well formed but breaks a rule of the domain (answered 422, naming the field). */
public final class RuleViolated extends DomainError {

    public RuleViolated(String field, String message) {
        super(field, message);
    }
}
