package com.getpaid.kit.security;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Optional;

/**
 * Where a service finds the account manager of a customer: its own copy of the card's collection profile. One bean
 * per service that scopes collectors to their customers; {@link CustomerScope} asks it.
 */
public interface AccountManagers {

    /** The account manager on the customer's card; empty when the card names none or the customer is unknown. */
    Uni<Optional<String>> of(String customerId);

    /**
     * The account managers of a table with a {@code customer_id} key and the card's collection profile in a JSONB
     * {@code collection} column, read through the service's reactive pool.
     */
    static AccountManagers inTable(Pool reads, String table) {
        String query = "SELECT collection->>'accountManager' FROM " + table + " WHERE customer_id = $1";
        return customerId -> reads.preparedQuery(query).execute(Tuple.of(customerId)).map(rows -> rows.size() == 0
                ? Optional.<String>empty() : Optional.ofNullable(rows.iterator().next().getString(0)));
    }
}
