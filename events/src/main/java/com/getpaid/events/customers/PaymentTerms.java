package com.getpaid.events.customers;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * Payment terms (结算方式), agreed in writing up front. Every invoice gets a hard due date from them.
 *
 * @param type       CASH_ON_DELIVERY (现款现货), NET_DAYS, DELIVER_TWO_SETTLE_ONE (送二结一), MONTHLY (月结),
 *                   FIXED_DATE (一锤子买卖)
 * @param days       for NET_DAYS and DELIVER_TWO_SETTLE_ONE: days after the invoice date (the hard due date; under
 *                   送二结一 the next delivery also waits until the one before the previous is paid)
 * @param dayOfMonth for MONTHLY: the day of the next month everything invoiced in a month is due
 * @param date       for FIXED_DATE: the due date written into the contract
 */
public record PaymentTerms(String type, Integer days, Integer dayOfMonth, LocalDate date) {

    public static final String CASH_ON_DELIVERY = "CASH_ON_DELIVERY";
    public static final String NET_DAYS = "NET_DAYS";
    public static final String DELIVER_TWO_SETTLE_ONE = "DELIVER_TWO_SETTLE_ONE";
    public static final String MONTHLY = "MONTHLY";
    public static final String FIXED_DATE = "FIXED_DATE";

    public static PaymentTerms cashOnDelivery() {
        return new PaymentTerms(CASH_ON_DELIVERY, null, null, null);
    }

    public static PaymentTerms netDays(int days) {
        return new PaymentTerms(NET_DAYS, days, null, null);
    }

    /** The due date of an invoice issued on {@code issueDate} under these terms. */
    public LocalDate dueDate(LocalDate issueDate) {
        return switch (type) {
            case CASH_ON_DELIVERY -> issueDate;
            case NET_DAYS, DELIVER_TWO_SETTLE_ONE -> issueDate.plusDays(days);
            case MONTHLY -> {
                LocalDate nextMonth = issueDate.plusMonths(1);
                yield nextMonth.withDayOfMonth(Math.min(dayOfMonth, nextMonth.lengthOfMonth()));
            }
            case FIXED_DATE -> date;
            default -> throw new IllegalStateException("No due-date rule for payment terms " + type);
        };
    }

    @JsonIgnore
    public boolean isDeliverTwoSettleOne() {
        return DELIVER_TWO_SETTLE_ONE.equals(type);
    }

    @JsonIgnore
    public boolean isCashOnDelivery() {
        return CASH_ON_DELIVERY.equals(type);
    }
}
