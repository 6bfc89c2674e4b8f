package io.lodestone.request;

import io.lodestone.problem.InvalidParameterException;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Violation messages. Each names its parameter with {@link InvalidParameterException#PARAMETER},
 * which the web layer replaces by the parameter's name (a validator does not know it).
 */
final class Messages {

    private Messages() {
    }

    /**
     * Replaces the violation's message. The text goes in as a message parameter, which the
     * interpolator does not read again: a value holding braces or ${...} stays text.
     *
     * @return false, the verdict
     */
    static boolean reject(ConstraintValidatorContext context, String message) {
        return rejectSentence(context, InvalidParameterException.PARAMETER + " " + message);
    }

    /** As {@link #reject}, with a message that is a sentence of its own, naming no parameter. */
    static boolean rejectSentence(ConstraintValidatorContext context, String sentence) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("message", sentence)
                .buildConstraintViolationWithTemplate("{message}")
                .addConstraintViolation();
        return false;
    }

    static String quote(String value) {
        return InvalidParameterException.quote(value);
    }
}
