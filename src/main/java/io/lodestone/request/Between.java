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

/** A whole number from {@link #min()} to {@link #max()}, or absent (the endpoint's default). */
@Documented
@Constraint(validatedBy = Between.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Between {

    int min();

    int max();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Between, Integer> {

        private int min;
        private int max;

        @Override
        public void initialize(Between annotation) {
            min = annotation.min();
            max = annotation.max();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || value >= min && value <= max
                    || Messages.reject(context, "must be between " + min + " and " + max + ", was " + value + ".");
        }
    }
}
