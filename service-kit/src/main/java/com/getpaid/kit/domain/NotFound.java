package com.getpaid.kit.domain;

/** What the request names does not exist (answered 404). */
public final class NotFound extends DomainError {

    public NotFound(String message) {
        super(null, message);
    }
}
