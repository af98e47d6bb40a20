package com.getpaid.receivables.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A whole number from {@code min} to {@code max} as text, for a query parameter that must answer 400 naming itself when it
 * is no number at all (an {@code Integer} parameter would answer 404); absent is fine.
 */
@Documented
@Constraint(validatedBy = WholeNumber.Validator.class)
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
public @interface WholeNumber {

    String message() default "is not a whole number from {min} to {max}";

    int min();

    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<WholeNumber, String> {
        /** The number, once validated ({@code absent} when not sent). */
        public static int of(String value, int absent) {
            return value == null ? absent : Integer.parseInt(value.strip());
        }

        private int min;
        private int max;

        @Override
        public void initialize(WholeNumber constraint) {
            min = constraint.min();
            max = constraint.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                int number = Integer.parseInt(value.strip());
                return number >= min && number <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
