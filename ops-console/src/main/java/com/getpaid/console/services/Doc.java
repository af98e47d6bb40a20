package com.getpaid.console.services;

import io.quarkus.qute.Mapper;
import java.util.List;
import java.util.Map;

/**
 * A JSON object as a template reads it: {@code {invoice.dueDate}}. The services leave absent what has no value, so an
 * absent field reads as nothing ({@link Absent}: empty, false, with nothing inside) instead of failing the page; lists
 * and nested objects are read the same way.
 */
public final class Doc implements Mapper {

    private final Map<?, ?> fields;

    private Doc(Map<?, ?> fields) {
        this.fields = fields;
    }

    /** Objects as Docs, lists of them as lists of Docs, anything else as it is. */
    public static Object of(Object json) {
        if (json instanceof Map<?, ?> map) {
            return new Doc(map);
        }
        if (json instanceof List<?> list) {
            return list.stream().map(Doc::of).toList();
        }
        return json;
    }

    /** A list of objects (an absent or non-list field: none). */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Object json) {
        return of(json) instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** For the templates: an absent field is {@link Absent}, which reads as nothing all the way down. */
    @Override
    public Object get(String key) {
        Object value = fields.get(key);
        return value == null ? Absent.INSTANCE : of(value);
    }

    /** For the Java side: a field as a Doc, a list or a value; null when absent. */
    public Object field(String key) {
        return of(fields.get(key));
    }

    @Override
    public boolean appliesTo(String key) {
        return true;
    }

    /** A field as text, for the Java side (null when absent). */
    public String text(String key) {
        Object value = fields.get(key);
        return value == null ? null : String.valueOf(value);
    }

    @Override
    public String toString() {
        return String.valueOf(fields);
    }
}
