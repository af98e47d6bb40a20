package com.getpaid.kit.security;

import com.getpaid.events.store.EventStore;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.TreeSet;

/** Who is acting in this request, for the audit trail every event carries. */
@ApplicationScoped
public class Actors {

    private final SecurityIdentity identity;

    public Actors(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The cause of new work started by the caller: the token's subject with its roles, e.g. "erp-system (erp)". */
    public EventStore.Cause cause() {
        return EventStore.Cause.by(describe());
    }

    /** The token's user (its subject), who acts: "li.na"; a body field never replaces it. */
    public String user() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String describe() {
        if (identity.isAnonymous()) {
            return "anonymous"; // not reachable through the API (every endpoint needs a role); said plainly if ever
        }
        return identity.getPrincipal().getName() + " (" + String.join(",", new TreeSet<>(identity.getRoles())) + ")";
    }

    /**
     * Who the caller is, the token's subject alone (e.g. "wang.fang"): the actor recorded in a "by"
     * field and compared when a second person must approve what a first one asked for.
     */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
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
