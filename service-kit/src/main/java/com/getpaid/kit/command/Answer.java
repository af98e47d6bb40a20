package com.getpaid.kit.command;

import com.getpaid.events.Json;

/**
 * The answer of a command the ERP may send again: whether it created something (201), found it
 * already so (200) or took it as a request that waits for a second person (202), and its JSON, kept under the request's idempotency key. Replayed, the same
 * request gets the same JSON; {@link #value} reads it back when a caller needs the object.
 */
public final class Answer<R> {

    private final int status;
    private final String json;
    private final Class<R> type;
    private R value;

    private Answer(int status, R value, String json, Class<R> type) {
        this.status = status;
        this.value = value;
        this.json = json;
        this.type = type;
    }

    /** Something new was recorded (201). */
    @SuppressWarnings("unchecked")
    public static <R> Answer<R> created(R value) {
        return new Answer<>(201, value, Json.write(value), (Class<R>) value.getClass());
    }

    /** Taken as a request that waits for someone else's approval before it acts (202). */
    @SuppressWarnings("unchecked")
    public static <R> Answer<R> accepted(R value) {
        return new Answer<>(202, value, Json.write(value), (Class<R>) value.getClass());
    }

    /** Nothing new: the request found things as it asked (200). */
    @SuppressWarnings("unchecked")
    public static <R> Answer<R> unchanged(R value) {
        return new Answer<>(200, value, Json.write(value), (Class<R>) value.getClass());
    }

    static <R> Answer<R> kept(int status, String json, Class<R> type) {
        return new Answer<>(status, null, json, type);
    }

    /** Something new was recorded, at once or as a request waiting for approval. */
    public boolean created() {
        return status != 200;
    }

    /** The HTTP status it answers with: 201, 202 or 200. */
    public int status() {
        return status;
    }

    public String json() {
        return json;
    }

    /** The answer as an object (read back from the kept JSON when the request was a repeat). */
    public R value() {
        if (value == null) {
            value = Json.read(json, type);
        }
        return value;
    }
}
