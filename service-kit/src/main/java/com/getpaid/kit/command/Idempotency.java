package com.getpaid.kit.command;

/**
 * The natural key a write is idempotent on: {@code scope} (a kind of request), the key, the request
 * field it came from (named in the 409), and the validated, normalised request whose hash tells a
 * repeat from a different request under the same key.
 */
public record Idempotency(String scope, String key, String field, Object request) {

    public static Idempotency of(String scope, String key, String field, Object request) {
        return new Idempotency(scope, key, field, request);
    }
}
