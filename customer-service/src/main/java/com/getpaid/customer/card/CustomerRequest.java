package com.getpaid.customer.card;

import com.getpaid.events.customers.PaymentTerms;
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
        @Schema(example = "CNY") String currency) {

    public record Terms(
            @Schema(example = "NET_DAYS") String type,
            Integer days,
            Integer dayOfMonth,
            String date) {
    }

    static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
    static final Set<String> TERMS = Set.of(PaymentTerms.CASH_ON_DELIVERY, PaymentTerms.NET_DAYS, PaymentTerms.MONTHLY,
            PaymentTerms.FIXED_DATE);

    RegisterCustomer validate(String customerId) {
        Check check = new Check();
        String id = check.id("customerId", customerId);
        String validName = check.text("name", name, 200);
        String validEmail = check.email("email", email);
        String language = check.oneOf("preferredLanguage", preferredLanguage, LANGUAGES);
        PaymentTerms terms = terms(check);
        Currency cur = check.currency("currency", currency);
        BigDecimal limit = check.amount("creditLimit", creditLimit, cur, true);
        check.done();
        return new RegisterCustomer(id, validName, validEmail, language, terms, limit, cur.getCurrencyCode());
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
            case PaymentTerms.NET_DAYS -> new PaymentTerms(type, check.range("paymentTerms.days", paymentTerms.days(), 0, 365),
                    null, null);
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
