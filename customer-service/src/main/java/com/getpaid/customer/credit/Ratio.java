package com.getpaid.customer.credit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/** A financial ratio: a number from 0 to {@link #max}, with at most 4 decimals; required. */
@Documented
@Constraint(validatedBy = Ratio.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface Ratio {

    String max();

    String message() default "is required: a number from 0 to {max} with at most 4 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Ratio, String> {
        private BigDecimal max;

        @Override
        public void initialize(Ratio ratio) {
            max = new BigDecimal(ratio.max());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value(value, max) != null;
        }

        /** The ratio, or null when {@code text} is not one. */
        static BigDecimal value(String text, BigDecimal max) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                BigDecimal n = new BigDecimal(text.strip());
                return n.signum() < 0 || n.compareTo(max) > 0 || n.scale() > 4 ? null : n;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
