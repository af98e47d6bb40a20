package com.getpaid.kit.security;

import com.getpaid.kit.domain.NotFound;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which customers the caller may see and act on, in one place. A collector (the role alone) sees the customers whose
 * account manager they are, and their team's ({@link AccessConfig}); a token with any of erp, credit-manager,
 * supervisor, support or viewer sees every customer (the viewer through its allow-listed view). A customer out of
 * scope is answered as one that does not exist (404): a collector learns nothing of a colleague's customers.
 */
@ApplicationScoped
public class CustomerScope {

    /** The roles that see every customer. */
    private static final String[] ALL_CUSTOMERS = { Roles.ERP, Roles.CREDIT_MANAGER, Roles.SUPERVISOR, Roles.SUPPORT,
            Roles.VIEWER };

    private final SecurityIdentity identity;
    private final AccessConfig access;
    private final Instance<AccountManagers> managers;

    public CustomerScope(SecurityIdentity identity, AccessConfig access, Instance<AccountManagers> managers) {
        this.identity = identity;
        this.access = access;
        this.managers = managers;
    }

    /** The account managers whose customers the caller sees (themselves and their team), or empty when they see all. */
    public Optional<Set<String>> managers() {
        if (identity.isAnonymous() || !identity.hasRole(Roles.COLLECTOR)) {
            return Optional.empty(); // the endpoint's roles decide; a scope narrows collectors only
        }
        for (String role : ALL_CUSTOMERS) {
            if (identity.hasRole(role)) {
                return Optional.empty();
            }
        }
        String user = identity.getPrincipal().getName();
        Set<String> seen = new TreeSet<>();
        seen.add(user);
        access.teams().values().stream().filter(members -> members.contains(user)).forEach(seen::addAll);
        return Optional.of(seen);
    }

    /**
     * The scope as one SQL parameter: the account managers joined by commas (ids have none), or null when the caller
     * sees all; use with {@link #sql(String, String)}.
     */
    public String parameter() {
        return managers().map(m -> String.join(",", m)).orElse(null);
    }

    /**
     * The SQL condition that keeps the caller's customers: {@code accountManager} is the column or expression of the
     * account manager, {@code parameter} the placeholder bound to {@link #parameter()} (named, or {@code $n}, used twice).
     */
    public static String sql(String accountManager, String parameter) {
        return "(cast(" + parameter + " AS text) IS NULL OR " + accountManager + " = ANY(string_to_array(cast(" + parameter
                + " AS text), ',')))";
    }

    /** True when the caller sees a customer with this account manager (null: the card names none). */
    public boolean sees(String accountManager) {
        return managers().map(m -> accountManager != null && m.contains(accountManager)).orElse(true);
    }

    /** True when the caller may see and act on the customer (false for one unknown here, as for a colleague's). */
    public Uni<Boolean> covers(String customerId) {
        Optional<Set<String>> scope = managers();
        if (scope.isEmpty() || customerId == null || managers.isUnsatisfied()) {
            return Uni.createFrom().item(true);
        }
        return managers.get().of(customerId).map(manager -> manager.isPresent() && scope.get().contains(manager.get()));
    }

    /** Succeeds when the caller may see the customer; fails with 404 otherwise, as for a customer that does not exist. */
    public Uni<Void> check(String customerId) {
        return covers(customerId).map(covered -> {
            if (!covered) {
                throw unknown(customerId);
            }
            return null;
        });
    }

    /** {@link #covers(String)} for a blocking endpoint or service, on a worker thread. */
    public boolean coversNow(String customerId) {
        return covers(customerId).await().atMost(Duration.ofSeconds(30));
    }

    /** {@link #check(String)} for a blocking endpoint or service, on a worker thread. */
    public void require(String customerId) {
        if (!coversNow(customerId)) {
            throw unknown(customerId);
        }
    }

    /** The answer for a customer out of scope: the same words as for one that does not exist. */
    public static NotFound unknown(String customerId) {
        return new NotFound("No customer '" + customerId + "'");
    }
}
