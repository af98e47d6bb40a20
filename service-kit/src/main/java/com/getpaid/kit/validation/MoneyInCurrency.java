package com.getpaid.kit.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.getpaid.events.Money;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/** Money in its currency: the one constraint every request with amounts carries (through {@link Priced}). */
@Documented
@Inherited
@Constraint(validatedBy = MoneyInCurrency.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface MoneyInCurrency {

    String message() default "is not money in the request's currency";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Up to 15 digits before the point, no more decimals than the currency's minor unit (CNY 2, JPY 0, KWD 3). */
    final class Validator implements ConstraintValidator<MoneyInCurrency, Priced> {

        private static final int INTEGER_DIGITS = 15;

        @Override
        public boolean isValid(Priced priced, ConstraintValidatorContext context) {
            if (priced == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            Currency currency = null;
            try {
                currency = Money.currency(priced.currency());
            } catch (IllegalArgumentException e) {
                valid = violation(context, "currency", e.getMessage());
            }
            Map<String, BigDecimal> amounts = priced.amounts();
            for (Map.Entry<String, BigDecimal> amount : amounts == null ? Map.<String, BigDecimal>of().entrySet()
                    : amounts.entrySet()) {
                BigDecimal value = amount.getValue();
                if (value == null) {
                    continue; // required-ness is the field's own constraint
                }
                if (value.precision() - value.scale() > INTEGER_DIGITS) {
                    valid = violation(context, amount.getKey(), "'" + value.toPlainString() + "' has more than "
                            + INTEGER_DIGITS + " digits before the decimal point");
                } else if (currency != null && value.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
                    valid = violation(context, amount.getKey(), "'" + value.toPlainString() + "' has more decimals than "
                            + currency.getCurrencyCode() + " allows (" + currency.getDefaultFractionDigits() + ")");
                }
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            // the message is literal text, not an EL template: a value such as "${1+1}" stays inert
            context.unwrap(org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class)
                    .buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("}", "\\}")
                            .replace("$", "\\$"))
                    .addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
