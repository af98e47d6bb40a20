package com.getpaid.receivables.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.getpaid.events.Money;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An ISO 4217 currency code, for a query parameter; absent is fine. */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface CurrencyCode {

    String message() default "is not an ISO 4217 currency code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<CurrencyCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                Money.currency(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
