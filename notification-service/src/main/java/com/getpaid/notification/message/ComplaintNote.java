package com.getpaid.notification.message;

import java.util.Map;

/** What the complaint acknowledgement template reads (declared in the template, checked at build time). */
public record ComplaintNote(String name, String complaintId, String description) {

    static ComplaintNote of(String name, Map<String, String> details) {
        return new ComplaintNote(name, details.get("complaintId"), details.get("description"));
    }
}
