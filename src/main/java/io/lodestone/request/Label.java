package io.lodestone.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.lodestone.graph.Vocabulary;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A node label the graph holds, in any case (see {@link Vocabulary#label(String)}); or absent. */
@Documented
@Constraint(validatedBy = Label.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Label {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Label, String> {

        private final Vocabulary vocabulary;

        public Validator(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || vocabulary.label(value).isPresent()
                    || Messages.reject(context, "must be one of " + String.join(", ", vocabulary.labels()) + "; was "
                    + Messages.quote(value) + ".");
        }
    }
}
