package com.getpaid.customer.hold;

import com.getpaid.customer.account.CreditGrade;
import com.getpaid.customer.account.CustomerProfile;
import com.getpaid.customer.exposure.Exposure;
import com.getpaid.events.Money;
import com.getpaid.events.customers.HoldReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When supply stops (停止供货). Each reason carries a sentence that says why, with the numbers,
 * so "why was this customer on hold" always has an answer. Pure functions: tested without a database.
 */
public final class HoldRules {

    /** The reasons that hold the customer now, before any new order (without a credit grade). */
    public static List<HoldReason> standing(CustomerProfile card, Exposure exposure) {
        return standing(card, exposure, null, null);
    }

    /** The reasons that hold the customer on {@code today}; a graded customer also by its grace days. */
    public static List<HoldReason> standing(CustomerProfile card, Exposure exposure, String grade, java.time.LocalDate today) {
        List<HoldReason> reasons = new ArrayList<>();
        overdueCashOnDelivery(card, exposure).ifPresent(reasons::add);
        unsettledDeliveries(card, exposure).ifPresent(reasons::add);
        beyondGrace(exposure, grade, today).ifPresent(reasons::add);
        // each currency the card grants credit in, against its limit (orders in other currencies are refused one by one)
        for (String currency : exposure.byCurrency().keySet()) {
            BigDecimal limit = card.limitIn(currency);
            if (limit == null) {
                continue;
            }
            BigDecimal open = exposure.open(currency, Money.zero(currency));
            if (open.compareTo(limit) > 0) {
                reasons.add(new HoldReason(HoldReason.CREDIT_LIMIT_EXCEEDED, "Exposure " + open.toPlainString()
                        + " exceeds the credit limit " + limit.toPlainString() + " " + currency));
            }
        }
        return reasons;
    }

    /** The reasons a shipment of {@code amount} would be refused; empty means it may ship. */
    public static List<HoldReason> forShipment(CustomerProfile card, Exposure exposure, BigDecimal amount, String currency) {
        List<HoldReason> reasons = new ArrayList<>();
        overdueCashOnDelivery(card, exposure).ifPresent(reasons::add);
        unsettledDeliveries(card, exposure).ifPresent(reasons::add);
        BigDecimal open = exposure.open(currency, Money.zero(currency));
        BigDecimal limit = limitIn(card, currency);
        if (open.add(amount).compareTo(limit) > 0) {
            String message = card.limitIn(currency) != null
                    ? "Exposure " + open.toPlainString() + " + order " + amount.toPlainString()
                            + " exceeds the credit limit " + limit.toPlainString() + " " + currency
                    : "No credit is granted in " + currency + " (the credit limit is " + card.creditLimit().toPlainString()
                            + " " + card.currency() + "): exposure " + open.toPlainString() + " + order "
                            + amount.toPlainString() + " " + currency;
            reasons.add(new HoldReason(HoldReason.CREDIT_LIMIT_EXCEEDED, message));
        }
        return reasons;
    }

    /** The credit limit in a currency: the card's limit in its own currency or a further one; none (zero) otherwise. */
    public static BigDecimal limitIn(CustomerProfile card, String currency) {
        BigDecimal limit = card.limitIn(currency);
        return limit == null ? Money.zero(currency) : limit;
    }

    /**
     * 送二结一: a delivery ships only when the one before the previous is paid, so two unpaid deliveries stop the next;
     * the reason names them.
     */
    static java.util.Optional<HoldReason> unsettledDeliveries(CustomerProfile card, Exposure exposure) {
        if (!card.paymentTerms().isDeliverTwoSettleOne() || exposure.unpaid().size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new HoldReason(HoldReason.UNSETTLED_DELIVERIES, "Deliver two, settle one: "
                + exposure.unpaid().size() + " deliveries are unpaid (" + String.join(", ", exposure.unpaid())
                + "); the next ships once " + exposure.unpaid().get(0) + " is paid"));
    }

    /** The oldest overdue invoice is older than the grade's grace days (A 30, B 15, C 0). */
    static java.util.Optional<HoldReason> beyondGrace(Exposure exposure, String grade, java.time.LocalDate today) {
        if (grade == null || today == null || exposure.overdue().isEmpty()) {
            return java.util.Optional.empty();
        }
        Exposure.OverdueInvoice oldest = exposure.overdue().stream()
                .min(java.util.Comparator.comparing(Exposure.OverdueInvoice::dueDate)).orElseThrow();
        long days = java.time.temporal.ChronoUnit.DAYS.between(oldest.dueDate(), today);
        int grace = CreditGrade.of(grade).graceDays();
        if (days <= grace) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new HoldReason(HoldReason.OVERDUE_BEYOND_GRACE, "Invoice " + oldest.invoiceId() + " is "
                + days + " days overdue (" + oldest.openAmount().toPlainString() + " " + oldest.currency()
                + " open), beyond the " + grace + " grace days of credit grade " + grade));
    }

    private static java.util.Optional<HoldReason> overdueCashOnDelivery(CustomerProfile card, Exposure exposure) {
        if (!card.paymentTerms().isCashOnDelivery() || exposure.overdue().isEmpty()) {
            return java.util.Optional.empty();
        }
        String invoices = exposure.overdue().stream()
                .map(i -> i.invoiceId() + " (due " + i.dueDate() + ", " + i.openAmount().toPlainString() + " " + i.currency() + " open)")
                .collect(Collectors.joining(", "));
        return java.util.Optional.of(new HoldReason(HoldReason.OVERDUE_CASH_ON_DELIVERY,
                "Cash-on-delivery customer has overdue invoices: " + invoices));
    }

    private HoldRules() {
    }
}
