package com.getpaid.console.services;

import java.util.List;
import java.util.Map;

/**
 * A service's answer: its status and JSON body (maps and lists, as the templates read them). A refusal is the service's
 * problem+json: {@link #detail()} its words, {@link #fieldErrors()} each field it names with what is wrong with it.
 */
@io.quarkus.qute.TemplateData
public record Reply(int status, Object body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The person's roles do not let them read this: the page leaves the part out. */
    public boolean refused() {
        return status == 403;
    }

    /** The service could not be reached or did not answer in time. */
    public boolean unreachable() {
        return status == 0;
    }

    /** The body as the templates read it: objects as {@link Doc}s. */
    public Object view() {
        return ok() ? Doc.of(body) : Absent.INSTANCE;
    }

    /** The body's list as the templates read it (a refusal or an unreachable service: an empty list). */
    public List<Object> rows() {
        return ok() ? Doc.list(body) : List.of();
    }

    /** What the service said was wrong, in its own words. */
    public String detail() {
        if (body instanceof Map<?, ?> m) {
            Object detail = m.get("detail");
            if (detail == null) {
                detail = m.get("title");
            }
            if (detail != null) {
                return String.valueOf(detail);
            }
        }
        return body == null ? "" : String.valueOf(body);
    }

    /** Field name to message, from the problem's {@code field} and {@code errors[]}. */
    public Map<String, String> fieldErrors() {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (body instanceof Map<?, ?> m) {
            if (m.get("errors") instanceof List<?> list) {
                for (Object e : list) {
                    if (e instanceof Map<?, ?> error && error.get("field") != null) {
                        Object message = error.get("message") != null ? error.get("message") : error.get("detail");
                        errors.putIfAbsent(String.valueOf(error.get("field")), String.valueOf(message));
                    }
                }
            }
            if (m.get("field") != null) {
                errors.putIfAbsent(String.valueOf(m.get("field")), detail());
            }
        }
        return errors;
    }
}
