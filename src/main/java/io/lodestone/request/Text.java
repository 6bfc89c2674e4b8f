package io.lodestone.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Free text a person typed, e.g. a name to search: required, and at most {@link EntityId#MAX_TEXT}
 * characters; {@link #required()} says what to type when it is missing.
 */
@Documented
@Constraint(validatedBy = Text.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    /** What the text is, for the message when it is missing, e.g. "a name or alias, e.g. q=viet nam". */
    String required();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Text, String> {

        private String required;

        @Override
        public void initialize(Text annotation) {
            required = annotation.required();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return Messages.reject(context, "is required and must not be empty: " + required + ".");
            }
            return value.length() <= EntityId.MAX_TEXT || Messages.reject(context, "must be at most " + EntityId.MAX_TEXT
                    + " characters; was " + value.length() + ".");
        }
    }
}
