package com.getpaid.kit.command;

import com.getpaid.events.Json;

/**
 * The answer of a command the ERP may send again: whether it created something (201) or found it
 * already so (200), and its JSON, kept under the request's idempotency key. Replayed, the same
 * request gets the same JSON; {@link #value} reads it back when a caller needs the object.
 */
public final class Answer<R> {

    private final boolean created;
    private final String json;
    private final Class<R> type;
    private R value;

    private Answer(boolean created, R value, String json, Class<R> type) {
        this.created = created;
        this.value = value;
        this.json = json;
        this.type = type;
    }

    /** Something new was recorded (201). */
    @SuppressWarnings("unchecked")
    public static <R> Answer<R> created(R value) {
        return new Answer<>(true, value, Json.write(value), (Class<R>) value.getClass());
    }

    /** Nothing new: the request found things as it asked (200). */
    @SuppressWarnings("unchecked")
    public static <R> Answer<R> unchanged(R value) {
        return new Answer<>(false, value, Json.write(value), (Class<R>) value.getClass());
    }

    static <R> Answer<R> kept(boolean created, String json, Class<R> type) {
        return new Answer<>(created, null, json, type);
    }

    public boolean created() {
        return created;
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
