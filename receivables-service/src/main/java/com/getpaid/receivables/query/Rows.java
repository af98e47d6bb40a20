package com.getpaid.receivables.query;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * SQL over the read models for the queries the database should add up (account balances, aging),
 * run through Hibernate Reactive in the caller's session on the event loop. Rows come back as
 * arrays of column values; the helpers turn them into the types the views use.
 */
public final class Rows {

    public static Uni<List<Object[]>> of(String sql, Map<String, Object> parameters) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        });
    }

    public static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    public static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static long count(Object value) {
        return ((Number) value).longValue();
    }

    private Rows() {
    }
}
