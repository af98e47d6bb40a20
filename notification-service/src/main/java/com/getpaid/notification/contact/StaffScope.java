package com.getpaid.notification.contact;

import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Whose tasks and messages the caller sees. A collector or support person: the tasks assigned to them and those of the
 * customers they manage (the card's account manager, kept in {@code customer_contact}); a collector the messages of the
 * customers they manage. Supervisors and credit managers: all. Support reads every customer's messages as before: the
 * acknowledgements of complaints, whose handlers this service does not know.
 */
@ApplicationScoped
public class StaffScope {

    /** SQL: the customer in column {@code %s} is managed by the user bound to the one parameter. */
    private static final String MANAGED = "EXISTS (SELECT 1 FROM customer_contact managed WHERE managed.customer_id = %s "
            + "AND managed.collection->>'accountManager' = ?)";

    private final Actors actors;

    public StaffScope(Actors actors) {
        this.actors = actors;
    }

    /** The user the caller's tasks are narrowed to; empty when the caller sees every task. */
    public Optional<String> tasks() {
        return actors.holdsNoneOf(Roles.SUPERVISOR, Roles.CREDIT_MANAGER) ? Optional.of(actors.user()) : Optional.empty();
    }

    /** The account manager the caller's messages are narrowed to; empty when the caller sees every message. */
    public Optional<String> messages() {
        return actors.holdsNoneOf(Roles.SUPERVISOR, Roles.CREDIT_MANAGER, Roles.SUPPORT) ? Optional.of(actors.user())
                : Optional.empty();
    }

    /** SQL condition (two parameters, the user twice): the task in these columns is the user's, or of their customer. */
    public static String theirTask(String assigneeColumn, String customerColumn) {
        return "(" + assigneeColumn + " = ? OR " + managed(customerColumn) + ")";
    }

    /** SQL condition (one parameter, the user): the customer in this column is managed by the user. */
    public static String managed(String customerColumn) {
        return MANAGED.formatted(customerColumn);
    }
}
