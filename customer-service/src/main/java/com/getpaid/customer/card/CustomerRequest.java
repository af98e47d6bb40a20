package com.getpaid.customer.card;

import com.getpaid.events.Money;
import com.getpaid.events.customers.CardDetails;
import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.PaymentTerms;
import com.getpaid.kit.validation.Code;
import com.getpaid.kit.validation.Priced;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /api/customers/{customerId}}: typed and checked by Bean Validation, field by field, and by
 * {@link Consistent} across fields (the terms' own fields, the further limits' currencies, the time zone).
 */
@CustomerRequest.Consistent
public record CustomerRequest(
        @NotBlank @Size(max = 200) @Schema(example = "华东五金批发有限公司") String name,
        @NotBlank @Size(max = 254) @Pattern(regexp = EMAIL, message = "is not an email address")
        @Schema(example = "ap@huadong.example") String email,
        @NotNull @Pattern(regexp = LANGUAGES, message = "is not one of en, zh-CN")
        @Schema(enumeration = { "zh-CN", "en" }, example = "zh-CN") String preferredLanguage,
        @NotNull @Valid Terms paymentTerms,
        @NotNull @PositiveOrZero @Schema(type = SchemaType.STRING, format = "decimal", example = "50000.00")
        BigDecimal creditLimit,
        @NotNull @Schema(example = "CNY", description = "ISO 4217", pattern = "[A-Z]{3}") String currency,
        @Valid @Schema(description = "How the customer is collected; optional") Collection collection,
        @Size(max = 200) @Schema(example = "张伟") String legalRepresentative,
        @Size(max = 500) @Schema(example = "上海市浦东新区五金路 8 号") String address,
        @Size(max = 50) @Schema(example = "+86 21 5555 0101") String phone,
        @Size(max = 100) @Schema(example = "5000000.00 CNY") String registeredCapital,
        @Size(max = 2000) @Schema(example = "Hardware wholesale") String businessScope,
        @Size(max = MAX_CONTACTS) @Schema(description = "The people who matter; reminders go to the FINANCE contact's "
                + "email when there is one") List<@NotNull @Valid Contact> contacts,
        @Valid Characteristics characteristics,
        @Valid BusinessStatus businessStatus,
        @Min(1) @Max(31) @Schema(description = "Day of the month it pays (结算日); the same as collection.settlementDay",
                example = "25") Integer settlementDay,
        @Size(max = 100) @Schema(example = "BANK_TRANSFER") String paymentMethod,
        @Size(max = 200) @Schema(example = "Zhang Wei") String paymentSigner,
        Boolean needsVatInvoice,
        @Pattern(regexp = Code.PATTERN, message = "is not a valid id (letters, digits, '-', '_', '.'; up to 64)")
        @Schema(description = "The account manager; the same as collection.accountManager", example = "li.na")
        String accountManager,
        @Valid ContactPreferences contactPreferences,
        @Size(max = MAX_CONTACTS) @Schema(description = "Credit limits in further currencies (creditLimit and currency "
                + "stay the first)") List<@NotNull @Valid Limit> creditLimits) implements Priced {

    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String LANGUAGES = "zh-CN|en";
    static final String WEEKDAYS = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
    static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?";
    static final String TERMS = "CASH_ON_DELIVERY|NET_DAYS|DELIVER_TWO_SETTLE_ONE|MONTHLY|FIXED_DATE";
    /** A card names at most this many people and further limits. */
    static final int MAX_CONTACTS = 20;

    /** A person at the customer. */
    public record Contact(
            @NotNull @Pattern(regexp = "DECISION_MAKER|FINANCE|PURCHASING|OTHER", message = "is not one of DECISION_MAKER, "
                    + "FINANCE, OTHER, PURCHASING") @Schema(enumeration = { "DECISION_MAKER", "FINANCE", "PURCHASING",
                            "OTHER" }) String role,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 50) String phone,
            @Size(max = 254) @Pattern(regexp = EMAIL, message = "is not an email address") String email,
            @Pattern(regexp = LANGUAGES, message = "is not one of en, zh-CN") @Schema(enumeration = { "zh-CN", "en" },
                    example = "zh-CN") String preferredLanguage) {
    }

    public record Characteristics(@Size(max = 200) String region, @Size(max = 200) String salesCapacity,
            @Size(max = 200) String growthPotential, @Size(max = 200) String businessStyle) {
    }

    public record BusinessStatus(@Size(max = 200) String cooperation, @Size(max = 1000) String competitorsCarried) {
    }

    /** When not to write: the same as collection's avoidWeekdays, avoidFirstDaysOfMonth and zone; avoidMornings: not before noon. */
    public record ContactPreferences(
            @Size(max = 7) List<@NotNull @Pattern(regexp = WEEKDAYS, message = "is not a weekday (MONDAY ... SUNDAY)")
                    String> avoidWeekdays,
            @Min(0) @Max(10) Integer avoidFirstDaysOfMonth, Boolean avoidMornings,
            @Size(max = 64) String zone) {
    }

    public record Limit(@NotNull @Schema(example = "USD", description = "ISO 4217", pattern = "[A-Z]{3}") String currency,
            @NotNull @PositiveOrZero @Schema(type = SchemaType.STRING, format = "decimal", example = "8000.00")
            BigDecimal amount) {
    }

    /** The collection profile as sent. */
    public record Collection(
            @Pattern(regexp = Code.PATTERN, message = "is not a valid id (letters, digits, '-', '_', '.'; up to 64)")
            @Schema(description = "The collector (account manager) whose worklist the customer is on", example = "li.na")
            String accountManager,
            @Min(1) @Max(31) @Schema(description = "Day of the month the customer pays its suppliers (结算日), 1 to 31",
                    example = "25") Integer settlementDay,
            @Size(max = 64) @Schema(description = "IANA time zone deciding when it may be contacted", example = "Asia/Shanghai")
            String zone,
            @Size(max = 7) @Schema(description = "Weekdays it refuses letters", example = "[\"SATURDAY\", \"SUNDAY\"]")
            List<@NotNull @Pattern(regexp = WEEKDAYS, message = "is not a weekday (MONDAY ... SUNDAY)") String> avoidWeekdays,
            @Min(0) @Max(10) @Schema(description = "First days of a month it refuses letters (month-end closing), 0 to 10",
                    example = "3") Integer avoidFirstDaysOfMonth,
            @Pattern(regexp = TIME, message = "is not a time of day (HH:mm)")
            @Schema(description = "Earliest time of day for letters, HH:mm", example = "09:30") String notBefore) {
    }

    public record Terms(
            @NotNull @Pattern(regexp = TERMS, message = "is not one of CASH_ON_DELIVERY, DELIVER_TWO_SETTLE_ONE, FIXED_DATE, "
                    + "MONTHLY, NET_DAYS") @Schema(enumeration = { "CASH_ON_DELIVERY", "NET_DAYS", "DELIVER_TWO_SETTLE_ONE",
                            "MONTHLY", "FIXED_DATE" }, example = "NET_DAYS") String type,
            @Min(0) @Max(365) @Schema(description = "NET_DAYS and DELIVER_TWO_SETTLE_ONE: days to pay") Integer days,
            @Min(1) @Max(31) @Schema(description = "MONTHLY: the day of the month") Integer dayOfMonth,
            @Schema(description = "FIXED_DATE: the day", format = "date") LocalDate date) {
    }

    @Override
    public Map<String, BigDecimal> amounts() {
        return creditLimit == null ? Map.of() : Map.of("creditLimit", creditLimit);
    }

    /** What no single field can say: the terms' own fields, the further limits' currencies and amounts, the time zone. */
    @Documented
    @Constraint(validatedBy = Consistent.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Consistent {
        String message() default "is not a consistent card";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<Consistent, CustomerRequest> {
            @Override
            public boolean isValid(CustomerRequest r, ConstraintValidatorContext context) {
                if (r == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                Terms t = r.paymentTerms();
                if (t != null && t.type() != null) {
                    switch (t.type()) {
                        case PaymentTerms.NET_DAYS, PaymentTerms.DELIVER_TWO_SETTLE_ONE -> valid &= t.days() != null
                                || violation(context, "is required", "paymentTerms", "days");
                        case PaymentTerms.MONTHLY -> valid &= t.dayOfMonth() != null
                                || violation(context, "is required", "paymentTerms", "dayOfMonth");
                        case PaymentTerms.FIXED_DATE -> valid &= t.date() != null
                                || violation(context, "is required (YYYY-MM-DD)", "paymentTerms", "date");
                        default -> {
                        }
                    }
                }
                String zone = r.collection() != null && r.collection().zone() != null ? r.collection().zone()
                        : r.contactPreferences() == null ? null : r.contactPreferences().zone();
                if (zone != null) {
                    try {
                        ZoneId.of(zone);
                    } catch (DateTimeException e) {
                        valid = violation(context, "'" + zone + "' is not a time zone (e.g. Asia/Shanghai)", "collection",
                                "zone");
                    }
                }
                List<Limit> limits = r.creditLimits() == null ? List.of() : r.creditLimits();
                Set<String> seen = new HashSet<>();
                for (int n = 0; n < limits.size(); n++) {
                    Limit l = limits.get(n);
                    if (l == null || l.currency() == null) {
                        continue;
                    }
                    Currency c;
                    try {
                        c = Money.currency(l.currency());
                    } catch (IllegalArgumentException e) {
                        valid = indexed(context, e.getMessage(), n, "currency");
                        continue;
                    }
                    if (c.getCurrencyCode().equals(r.currency())) {
                        valid = indexed(context, "is the card's own currency: use creditLimit", n, "currency");
                    } else if (!seen.add(c.getCurrencyCode())) {
                        valid = indexed(context, "is named twice", n, "currency");
                    } else if (l.amount() != null && l.amount().stripTrailingZeros().scale() > c.getDefaultFractionDigits()) {
                        valid = indexed(context, "'" + l.amount().toPlainString() + "' has more decimals than "
                                + c.getCurrencyCode() + " allows (" + c.getDefaultFractionDigits() + ")", n, "amount");
                    }
                }
                return valid;
            }

            private static boolean violation(ConstraintValidatorContext context, String message, String parent,
                    String field) {
                context.buildConstraintViolationWithTemplate(literal(message)).addPropertyNode(parent)
                        .addPropertyNode(field).addConstraintViolation();
                return false;
            }

            private static boolean indexed(ConstraintValidatorContext context, String message, int index, String field) {
                context.buildConstraintViolationWithTemplate(literal(message)).addPropertyNode("creditLimits")
                        .addPropertyNode(field).inIterable().atIndex(index).addConstraintViolation();
                return false;
            }

            /** The message as literal text, not an expression template (it may echo what was sent). */
            private static String literal(String message) {
                return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
            }
        }
    }

    /** The command, once the request is valid: texts stripped, blanks left out, amounts at their currency's scale. */
    RegisterCustomer command(String customerId) {
        String code = currency;
        return new RegisterCustomer(customerId, name.strip(), email.strip(), preferredLanguage, terms(),
                Money.scaled(creditLimit, code), code, collectionProfile(), details());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The rest of the card; null when none of it was sent (the card as before). */
    private CardDetails details() {
        List<CardDetails.Contact> people = new ArrayList<>();
        for (Contact c : contacts == null ? List.<Contact>of() : contacts) {
            people.add(new CardDetails.Contact(ContactRole.valueOf(c.role()).name(), c.name().strip(), text(c.phone()),
                    c.email() == null ? null : c.email().strip(), c.preferredLanguage()));
        }
        List<CardDetails.Limit> limits = new ArrayList<>();
        for (Limit l : creditLimits == null ? List.<Limit>of() : creditLimits) {
            limits.add(new CardDetails.Limit(l.currency(), Money.scaled(l.amount(), l.currency())));
        }
        CardDetails.Characteristics traits = characteristics == null ? null : new CardDetails.Characteristics(
                text(characteristics.region()), text(characteristics.salesCapacity()), text(characteristics.growthPotential()),
                text(characteristics.businessStyle()));
        CardDetails.BusinessStatus status = businessStatus == null ? null : new CardDetails.BusinessStatus(
                text(businessStatus.cooperation()), text(businessStatus.competitorsCarried()));
        CardDetails details = new CardDetails(text(legalRepresentative), text(address), text(phone), text(registeredCapital),
                text(businessScope), people.isEmpty() ? null : List.copyOf(people), traits, status, text(paymentMethod),
                text(paymentSigner), needsVatInvoice, limits.isEmpty() ? null : List.copyOf(limits));
        return details.equals(new CardDetails(null, null, null, null, null, null, null, null, null, null, null, null)) ? null
                : details;
    }

    private CollectionProfile collectionProfile() {
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
        String zone = c.zone() == null ? CollectionProfile.DEFAULT_ZONE : ZoneId.of(c.zone()).getId();
        List<DayOfWeek> weekdays = c.avoidWeekdays() == null ? List.of()
                : c.avoidWeekdays().stream().map(DayOfWeek::valueOf).toList();
        return new CollectionProfile(c.accountManager(), c.settlementDay(), zone, weekdays,
                c.avoidFirstDaysOfMonth() == null ? 0 : c.avoidFirstDaysOfMonth(),
                c.notBefore() == null ? null : LocalTime.parse(c.notBefore()));
    }

    private PaymentTerms terms() {
        TermsType type = TermsType.valueOf(paymentTerms.type());
        return switch (type) {
            case NET_DAYS, DELIVER_TWO_SETTLE_ONE -> new PaymentTerms(type.name(), paymentTerms.days(), null, null);
            case MONTHLY -> new PaymentTerms(type.name(), null, paymentTerms.dayOfMonth(), null);
            case FIXED_DATE -> new PaymentTerms(type.name(), null, null, paymentTerms.date());
            case CASH_ON_DELIVERY -> PaymentTerms.cashOnDelivery();
        };
    }
}
