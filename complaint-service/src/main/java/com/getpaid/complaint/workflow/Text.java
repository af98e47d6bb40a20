package com.getpaid.complaint.workflow;

import java.util.List;

/** How request text is kept: without surrounding blanks; an optional text left blank is absent. */
final class Text {

    private Text() {
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
