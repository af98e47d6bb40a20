package com.getpaid.customer.card;

import com.getpaid.kit.security.AccountManagers;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The account manager of a customer, from its card's collection profile: what scopes a collector to their customers. */
public class CardAccountManagers {

    @Produces
    @ApplicationScoped
    AccountManagers fromTheCards(Pool reads) {
        return AccountManagers.inTable(reads, "customer_card");
    }
}
