package com.getpaid.customer.card;

import com.getpaid.events.customers.CollectionProfile;
import com.getpaid.events.customers.PaymentTerms;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import com.getpaid.kit.api.Check;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
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
        @Schema(description = "How the customer is collected; optional") Collection collection) {

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
        check.done();
        return new RegisterCustomer(id, validName, validEmail, language, terms, limit, cur.getCurrencyCode(), profile);
    }

    private CollectionProfile collection(Check check) {
        if (collection == null) {
            return null;
        }
        Collection c = collection;
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
