package com.getpaid.notification.message;

import java.util.Map;

/** What the handover notice reads (declared in the template, checked at build time). */
public record HandoverNote(String name, String toManager) {

    static HandoverNote of(String name, Map<String, String> details) {
        return new HandoverNote(name, details.get("toManager"));
    }
}
