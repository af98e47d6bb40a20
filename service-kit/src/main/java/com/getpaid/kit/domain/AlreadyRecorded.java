package com.getpaid.kit.domain;

/** The natural key was recorded before with other content (answered 409, naming the key's field). */
public final class AlreadyRecorded extends DomainError {

    public AlreadyRecorded(String field, String message) {
        super(field, message);
    }
}
