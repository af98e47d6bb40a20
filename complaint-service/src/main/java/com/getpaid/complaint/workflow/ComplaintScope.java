package com.getpaid.complaint.workflow;

import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Which complaints the caller may see and act on. Support: the complaints assigned to them (the handler is the token's
 * user) and the unassigned ones; a colleague's complaint is not found, so a list or a guess reveals nothing of it.
 * Supervisors and credit managers: every complaint. Collectors read every complaint as before: this service consumes
 * no customers.v1 and so does not know whose customer a complaint is about.
 */
@ApplicationScoped
public class ComplaintScope {

    private final Actors actors;

    public ComplaintScope(Actors actors) {
        this.actors = actors;
    }

    /** The handler the caller's reads are narrowed to; empty when the caller reads every complaint. */
    public Optional<String> reading() {
        return actors.holdsNoneOf(Roles.SUPERVISOR, Roles.CREDIT_MANAGER, Roles.COLLECTOR) ? Optional.of(actors.user())
                : Optional.empty();
    }

    /** The handler the caller's steps are narrowed to; empty when the caller may act on every complaint. */
    public Optional<String> acting() {
        return actors.holdsNoneOf(Roles.SUPERVISOR, Roles.CREDIT_MANAGER) ? Optional.of(actors.user()) : Optional.empty();
    }

    /** Whether a complaint with this handler (null: nobody has it yet) is within a scope. */
    static boolean covers(Optional<String> scope, String handler) {
        return scope.isEmpty() || handler == null || scope.get().equals(handler);
    }
}
