package com.getpaid.events.customers;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rest of the customer card (客户资料卡): basic data, the people who matter, characteristics, business
 * status, how it pays, and credit limits in further currencies. Every field may be absent.
 */
public record CardDetails(String legalRepresentative, String address, String phone, String registeredCapital,
        String businessScope, List<Contact> contacts, Characteristics characteristics, BusinessStatus businessStatus,
        String paymentMethod, String paymentSigner, Boolean needsVatInvoice, List<Limit> creditLimits) {

    public static final String FINANCE = "FINANCE";

    /** A person at the customer: DECISION_MAKER, FINANCE, PURCHASING or OTHER. */
    public record Contact(String role, String name, String phone, String email, String preferredLanguage) {
    }

    /** 客户特征. */
    public record Characteristics(String region, String salesCapacity, String growthPotential, String businessStyle) {
    }

    /** 业务状况: how it cooperates, which competitors' products it carries. */
    public record BusinessStatus(String cooperation, String competitorsCarried) {
    }

    /** A credit limit in one currency. */
    public record Limit(String currency, BigDecimal amount) {
    }

    /** The finance (payables) contact with an email, if the card names one: reminders go there. */
    public java.util.Optional<Contact> financeContact() {
        return contacts == null ? java.util.Optional.empty()
                : contacts.stream().filter(c -> FINANCE.equals(c.role()) && c.email() != null).findFirst();
    }

    /** The card without the people's phones and emails (for dashboards). */
    public CardDetails withoutContactDetails() {
        return new CardDetails(legalRepresentative, address, null, registeredCapital, businessScope, contacts == null ? null
                : contacts.stream().map(c -> new Contact(c.role(), c.name(), null, null, c.preferredLanguage())).toList(),
                characteristics, businessStatus, paymentMethod, paymentSigner, needsVatInvoice, creditLimits);
    }
}
