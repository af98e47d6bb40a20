package com.getpaid.console.page;

import io.quarkus.qute.TemplateData;
import java.util.Set;

/** The signed-in person as a page sees them: who, and what their roles let the page offer. */
@TemplateData
public record Me(String id, Set<String> roles) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Whether any of the roles, written as {@code 'collector,credit-manager'}. */
    public boolean any(String roleList) {
        for (String role : roleList.split(",")) {
            if (roles.contains(role.trim())) {
                return true;
            }
        }
        return false;
    }
}
