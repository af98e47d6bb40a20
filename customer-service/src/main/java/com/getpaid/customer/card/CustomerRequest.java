package com.getpaid.customer.card;

import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.kit.api.Check;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/customers/{customerId}}, as sent: checked field by field before use. */
public record CustomerRequest(
        @Schema(example = "华东五金批发有限公司") String name,
        @Schema(example = "ap@huadong.example") String email,
        @Schema(example = "zh-CN") String preferredLanguage,
        Terms paymentTerms,
        @Schema(example = "50000.00") String creditLimit,
        @Schema(example = "CNY") String currency,
        @Schema(description = "How the customer is collected; optional") Collection collection,
        @Schema(example = "张伟") String legalRepresentative,
        @Schema(example = "上海市浦东新区五金路 8 号") String address,
        @Schema(example = "+86 21 5555 0101") String phone,
        @Schema(example = "5000000.00 CNY") String registeredCapital,
        @Schema(example = "Hardware wholesale") String businessScope,
        @Schema(description = "The people who matter; reminders go to the FINANCE contact's email when there is one")
        List<Contact> contacts,
        Characteristics characteristics,
        BusinessStatus businessStatus,
        @Schema(description = "Day of the month it pays (结算日); the same as collection.settlementDay", example = "25")
        Integer settlementDay,
        @Schema(example = "BANK_TRANSFER") String paymentMethod,
        @Schema(example = "Zhang Wei") String paymentSigner,
        Boolean needsVatInvoice,
        @Schema(description = "The account manager; the same as collection.accountManager", example = "li.na")
        String accountManager,
        ContactPreferences contactPreferences,
        @Schema(description = "Credit limits in further currencies (creditLimit and currency stay the first)")
        List<Limit> creditLimits) {

    /** A person at the customer. */
    public record Contact(@Schema(enumeration = { "DECISION_MAKER", "FINANCE", "PURCHASING", "OTHER" }) String role,
            String name, String phone, String email, @Schema(example = "zh-CN") String preferredLanguage) {
    }

    public record Characteristics(String region, String salesCapacity, String growthPotential, String businessStyle) {
    }

    public record BusinessStatus(String cooperation, String competitorsCarried) {
    }

    /** When not to write: the same as collection's avoidWeekdays, avoidFirstDaysOfMonth and zone; avoidMornings: not before noon. */
    public record ContactPreferences(List<String> avoidWeekdays, Integer avoidFirstDaysOfMonth, Boolean avoidMornings,
            String zone) {
    }

    public record Limit(@Schema(example = "USD") String currency, @Schema(example = "8000.00") String amount) {
    }

    static final Set<String> ROLES = Set.of("DECISION_MAKER", "FINANCE", "PURCHASING", "OTHER");
    /** A card names at most this many people and further limits. */
    static final int MAX_CONTACTS = 20;

    /** The collection profile as sent. */
    public record Collection(
            @Schema(description = "The collector (account manager) whose worklist the customer is on", example = "li.na")
            String accountManager,
            @Schema(description = "Day of the month the customer pays its suppliers (结算日), 1 to 31", example = "25")
            Integer settlementDay,
            @Schema(description = "IANA time zone deciding when it may be contacted", example = "Asia/Shanghai") String zone,
            @Schema(description = "Weekdays it refuses letters", example = "[\"SATURDAY\", \"SUNDAY\"]")
            List<String> avoidWeekdays,
            @Schema(description = "First days of a month it refuses letters (month-end closing), 0 to 10", example = "3")
            Integer avoidFirstDaysOfMonth,
            @Schema(description = "Earliest time of day for letters, HH:mm", example = "09:30") String notBefore) {
    }

    public record Terms(
            @Schema(example = "NET_DAYS") String type,
            Integer days,
            Integer dayOfMonth,
            String date) {
    }

    static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
    static final Set<String> TERMS = Set.of(PaymentTerms.CASH_ON_DELIVERY, PaymentTerms.NET_DAYS,
            PaymentTerms.DELIVER_TWO_SETTLE_ONE, PaymentTerms.MONTHLY, PaymentTerms.FIXED_DATE);

    RegisterCustomer validate(String customerId) {
        Check check = new Check();
        String id = check.id("customerId", customerId);
        String validName = check.text("name", name, 200);
        String validEmail = check.email("email", email);
        String language = check.oneOf("preferredLanguage", preferredLanguage, LANGUAGES);
        PaymentTerms terms = terms(check);
        Currency cur = check.currency("currency", currency);
        BigDecimal limit = check.amount("creditLimit", creditLimit, cur, true);
        CollectionProfile profile = collection(check);
        CardDetails details = details(check, cur);
        check.done();
        return new RegisterCustomer(id, validName, validEmail, language, terms, limit, cur.getCurrencyCode(), profile, details);
    }

    /** The rest of the card; null when none of it was sent (the card as before). */
    private CardDetails details(Check check, Currency own) {
        List<CardDetails.Contact> people = new ArrayList<>();
        List<Contact> sent = check.atMost("contacts", contacts, MAX_CONTACTS);
        for (int n = 0; sent != null && n < sent.size(); n++) {
            Contact c = sent.get(n);
            String at = "contacts[" + n + "].";
            if (c == null) {
                check.fail("contacts[" + n + "]", "is empty");
                continue;
            }
            people.add(new CardDetails.Contact(check.oneOf(at + "role", c.role(), ROLES), check.text(at + "name", c.name(), 200),
                    check.optionalText(at + "phone", c.phone(), 50), c.email() == null ? null : check.email(at + "email", c.email()),
                    c.preferredLanguage() == null ? null : check.oneOf(at + "preferredLanguage", c.preferredLanguage(), LANGUAGES)));
        }
        List<CardDetails.Limit> limits = new ArrayList<>();
        List<Limit> more = check.atMost("creditLimits", creditLimits, MAX_CONTACTS);
        for (int n = 0; more != null && n < more.size(); n++) {
            Limit l = more.get(n);
            Currency c = l == null ? null : check.currency("creditLimits[" + n + "].currency", l.currency());
            BigDecimal amount = l == null ? null : check.amount("creditLimits[" + n + "].amount", l.amount(), c, true);
            if (c != null && own != null && c.equals(own)) {
                check.fail("creditLimits[" + n + "].currency", "is the card's own currency: use creditLimit");
            } else if (c != null && limits.stream().anyMatch(x -> x.currency().equals(c.getCurrencyCode()))) {
                check.fail("creditLimits[" + n + "].currency", "is named twice");
            } else if (c != null && amount != null) {
                limits.add(new CardDetails.Limit(c.getCurrencyCode(), amount));
            }
        }
        CardDetails.Characteristics traits = characteristics == null ? null : new CardDetails.Characteristics(
                check.optionalText("characteristics.region", characteristics.region(), 200),
                check.optionalText("characteristics.salesCapacity", characteristics.salesCapacity(), 200),
                check.optionalText("characteristics.growthPotential", characteristics.growthPotential(), 200),
                check.optionalText("characteristics.businessStyle", characteristics.businessStyle(), 200));
        CardDetails.BusinessStatus status = businessStatus == null ? null : new CardDetails.BusinessStatus(
                check.optionalText("businessStatus.cooperation", businessStatus.cooperation(), 200),
                check.optionalText("businessStatus.competitorsCarried", businessStatus.competitorsCarried(), 1000));
        CardDetails details = new CardDetails(check.optionalText("legalRepresentative", legalRepresentative, 200),
                check.optionalText("address", address, 500), check.optionalText("phone", phone, 50),
                check.optionalText("registeredCapital", registeredCapital, 100),
                check.optionalText("businessScope", businessScope, 2000), people.isEmpty() ? null : List.copyOf(people),
                traits, status, check.optionalText("paymentMethod", paymentMethod, 100),
                check.optionalText("paymentSigner", paymentSigner, 200), needsVatInvoice,
                limits.isEmpty() ? null : List.copyOf(limits));
        return details.equals(new CardDetails(null, null, null, null, null, null, null, null, null, null, null, null)) ? null
                : details;
    }

    private CollectionProfile collection(Check check) {
        Collection c = collection;
        if (accountManager != null || settlementDay != null || contactPreferences != null) {
            // the card's own fields for what the collection profile holds: they fill it where it is silent
            Collection base = c == null ? new Collection(null, null, null, null, null, null) : c;
            ContactPreferences p = contactPreferences;
            c = new Collection(base.accountManager() != null ? base.accountManager() : accountManager,
                    base.settlementDay() != null ? base.settlementDay() : settlementDay,
                    base.zone() != null ? base.zone() : p == null ? null : p.zone(),
                    base.avoidWeekdays() != null ? base.avoidWeekdays() : p == null ? null : p.avoidWeekdays(),
                    base.avoidFirstDaysOfMonth() != null ? base.avoidFirstDaysOfMonth() : p == null ? null
                            : p.avoidFirstDaysOfMonth(),
                    base.notBefore() != null ? base.notBefore() : p != null && Boolean.TRUE.equals(p.avoidMornings()) ? "12:00"
                            : null);
        }
        if (c == null) {
            return null;
        }
        String manager = c.accountManager() == null ? null : check.id("collection.accountManager", c.accountManager());
        Integer day = c.settlementDay() == null ? null : check.range("collection.settlementDay", c.settlementDay(), 1, 31);
        String zone = CollectionProfile.DEFAULT_ZONE;
        if (c.zone() != null) {
            try {
                zone = ZoneId.of(c.zone()).getId();
            } catch (DateTimeException e) {
                check.fail("collection.zone", "'" + c.zone() + "' is not a time zone (e.g. Asia/Shanghai)");
            }
        }
        List<DayOfWeek> weekdays = new ArrayList<>();
        List<String> named = check.atMost("collection.avoidWeekdays", c.avoidWeekdays(), 7);
        for (int n = 0; named != null && n < named.size(); n++) {
            try {
                weekdays.add(DayOfWeek.valueOf(String.valueOf(named.get(n))));
            } catch (IllegalArgumentException e) {
                check.fail("collection.avoidWeekdays[" + n + "]", "'" + named.get(n) + "' is not a weekday (MONDAY ... SUNDAY)");
            }
        }
        Integer firstDays = c.avoidFirstDaysOfMonth() == null ? 0
                : check.range("collection.avoidFirstDaysOfMonth", c.avoidFirstDaysOfMonth(), 0, 10);
        LocalTime notBefore = null;
        if (c.notBefore() != null) {
            try {
                notBefore = LocalTime.parse(c.notBefore());
            } catch (DateTimeException e) {
                check.fail("collection.notBefore", "'" + c.notBefore() + "' is not a time of day (HH:mm)");
            }
        }
        return new CollectionProfile(manager, day, zone, List.copyOf(weekdays), firstDays, notBefore);
    }

    private PaymentTerms terms(Check check) {
        if (paymentTerms == null) {
            check.fail("paymentTerms", "is required");
            return null;
        }
        String type = check.oneOf("paymentTerms.type", paymentTerms.type(), TERMS);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case PaymentTerms.NET_DAYS, PaymentTerms.DELIVER_TWO_SETTLE_ONE -> new PaymentTerms(type,
                    check.range("paymentTerms.days", paymentTerms.days(), 0, 365), null, null);
            case PaymentTerms.MONTHLY -> new PaymentTerms(type, null,
                    check.range("paymentTerms.dayOfMonth", paymentTerms.dayOfMonth(), 1, 31), null);
            case PaymentTerms.FIXED_DATE -> {
                LocalDate date = check.date("paymentTerms.date", paymentTerms.date(), true);
                yield new PaymentTerms(type, null, null, date);
            }
            default -> PaymentTerms.cashOnDelivery();
        };
    }
}
