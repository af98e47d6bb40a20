package com.getpaid.kit.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An ERP code (invoice number, customer id, payment reference): letters, digits, '-', '_', '.'; up to 64; required. */
@Documented
@NotNull
@Pattern(regexp = Code.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ FIELD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface Code {

    String PATTERN = "[A-Za-z0-9._-]{1,64}";

    String message() default "is required: a code of letters, digits, '-', '_', '.'; up to 64";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
