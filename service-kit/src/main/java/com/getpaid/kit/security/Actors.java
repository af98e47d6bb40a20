package com.getpaid.kit.security;

import com.getpaid.events.store.EventStore;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.TreeSet;

/** Who is acting in this request, for the audit trail every event carries. */
@ApplicationScoped
public class Actors {

    /** The OpenAPI description of a body's "...By" field, which names nobody: who acts comes from the token. */
    public static final String DISPLAY_NAME = "Optional: a display name shown beside the acting user (from the token), "
            + "never instead of it";

    private final SecurityIdentity identity;

    public Actors(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The cause of new work started by the caller: the token's subject with its roles, e.g. "erp-system (erp)". */
    public EventStore.Cause cause() {
        return EventStore.Cause.by(describe());
    }

    public String describe() {
        if (identity.isAnonymous()) {
            return "anonymous"; // not reachable through the API (every endpoint needs a role); said plainly if ever
        }
        return identity.getPrincipal().getName() + " (" + String.join(",", new TreeSet<>(identity.getRoles())) + ")";
    }

    /** Who acts: the token's subject (e.g. "wang.fang"), the name every "by" of an event records. */
    public String user() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /**
     * The acting user with a display name a body may add: {@code "wang.fang (Wang Fang)"}; without one (or the same)
     * the user alone. A body's name is shown beside the actor, never instead of it.
     */
    public String named(String displayName) {
        String user = user();
        return displayName == null || displayName.isBlank() || displayName.strip().equals(user) ? user
                : user + " (" + displayName.strip() + ")";
    }

    /** True when the caller is a viewer and nothing more: it gets the allow-listed viewer's views (no people, no free text). */
    public boolean viewerOnly() {
        return identity.hasRole(Roles.VIEWER) && holdsNoneOf(Roles.ERP, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.SUPPORT,
                Roles.SUPERVISOR, Roles.ADMIN);
    }

    /** True when the caller holds none of the given roles (e.g. a viewer alone may not see contact details). */
    public boolean holdsNoneOf(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return false;
            }
        }
        return true;
    }
}
