package com.getpaid.receivables.terms;

import com.getpaid.kit.security.AccountManagers;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The account manager of a customer, from the collection profile customer-service published (customer_terms): what
 * scopes a collector to their customers here.
 */
public class TermsAccountManagers {

    @Produces
    @ApplicationScoped
    AccountManagers fromTheTerms(Pool reads) {
        return AccountManagers.inTable(reads, "customer_terms");
    }
}
