package com.getpaid.kit.validation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A request that carries money in one currency: {@link MoneyInCurrency} checks the currency is ISO
 * 4217 and that no amount has more decimals (or more digits) than money is kept in.
 */
@MoneyInCurrency
public interface Priced {

    /** The ISO 4217 code the amounts are in. */
    String currency();

    /** Each amount of the request by the field it came from ({@code "allocations[0].amount"}); absent ones left out. */
    Map<String, BigDecimal> amounts();
}
