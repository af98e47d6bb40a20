package com.getpaid.console.action;

import io.quarkus.qute.TemplateData;
import java.util.List;
import java.util.Set;

/**
 * Something a person can do from a page: a form whose fields become one call to one service. The roles only decide
 * whether a page offers the form (docs/security.md); the service still decides, and its refusal is shown next
 * to the field it names. {@code by} is the body field that records who did it: the console fills it with the
 * signed-in person, never from the form.
 */
@TemplateData
public record Action(String id, String service, String method, String path, Set<String> roles, String by,
        List<Field> fields) {

    /**
     * How a field is asked for and sent: text, a choice, a date, yes/no, a comma-separated list, kept hidden, or the
     * form's own key.
     */
    public enum Kind {
        TEXT, AREA, DATE, CHOICE, YES_NO, LIST, HIDDEN, HIDDEN_LIST, KEY
    }

    /**
     * One field. A name with a dot ({@code product.name}) is sent nested; {@code inPath} fills {@code {name}} in the
     * path instead of the body.
     */
    @TemplateData
    public record Field(String name, Kind kind, boolean required, List<String> choices, boolean inPath) {

        public boolean hidden() {
            return kind == Kind.HIDDEN || kind == Kind.HIDDEN_LIST || kind == Kind.KEY;
        }

        public String kindName() {
            return kind.name();
        }
    }

    static Field text(String name) {
        return new Field(name, Kind.TEXT, true, List.of(), false);
    }

    static Field optional(String name) {
        return new Field(name, Kind.TEXT, false, List.of(), false);
    }

    static Field area(String name, boolean required) {
        return new Field(name, Kind.AREA, required, List.of(), false);
    }

    static Field date(String name, boolean required) {
        return new Field(name, Kind.DATE, required, List.of(), false);
    }

    static Field choice(String name, boolean required, String... choices) {
        return new Field(name, Kind.CHOICE, required, List.of(choices), false);
    }

    static Field yesNo(String name) {
        return new Field(name, Kind.YES_NO, false, List.of(), false);
    }

    static Field list(String name) {
        return new Field(name, Kind.LIST, false, List.of(), false);
    }

    static Field hidden(String name) {
        return new Field(name, Kind.HIDDEN, false, List.of(), false);
    }

    static Field hiddenList(String name) {
        return new Field(name, Kind.HIDDEN_LIST, false, List.of(), false);
    }

    /** The form's own key (what makes the same form sent twice one request), sent as this field: a natural id. */
    static Field key(String name) {
        return new Field(name, Kind.KEY, true, List.of(), false);
    }

    static Field path(String name) {
        return new Field(name, Kind.HIDDEN, true, List.of(), true);
    }
}
