package com.getpaid.complaint.workflow;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.getpaid.kit.validation.MoneyInCurrency;
import com.getpaid.kit.validation.Priced;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * A request whose fields go together (an amount needs its currency, a reached customer a {@code satisfied}), and whose
 * money is optional: when it carries any, it is checked as {@link MoneyInCurrency} checks every {@link Priced} request.
 * (A {@link Priced} request always needs its currency; a complaint's disputed amount and an apology's lack of one do not.)
 */
@Documented
@Constraint(validatedBy = CrossChecked.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CrossChecked {

    String message() default "has fields that do not go together";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a cross-checked request says about itself. */
    interface Request {

        /** Each field at fault, in order, with why; empty when the fields go together. */
        Map<String, String> crossFieldFaults();

        /** The request's money when it carries any (or must); empty when it carries none. */
        default Optional<Priced> money() {
            return Optional.empty();
        }
    }

    /** Money in a currency, by the request field of each amount. */
    record Money(String currency, Map<String, BigDecimal> amounts) implements Priced {
    }

    final class Validator implements ConstraintValidator<CrossChecked, Request> {

        @Override
        public boolean isValid(Request request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            Map<String, String> faults = request.crossFieldFaults();
            // the messages are literal text, not EL templates
            faults.forEach((field, message) -> context.buildConstraintViolationWithTemplate(message.replace("{", "\\{")
                    .replace("}", "\\}").replace("$", "\\$")).addPropertyNode(field).addConstraintViolation());
            boolean valid = faults.isEmpty();
            Optional<Priced> money = request.money();
            if (money.isPresent()) {
                valid &= new MoneyInCurrency.Validator().isValid(money.get(), context);
            }
            return valid;
        }
    }
}
