package io.lodestone.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An entity or source id as stored, {@code kind:key}, e.g. country:VN; required unless {@link #optional()}. */
@Documented
@Constraint(validatedBy = EntityId.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EntityId {

    /** Longest id or free text a parameter takes. */
    int MAX_TEXT = 200;

    /** Absent or blank is allowed (and means "none"). */
    boolean optional() default false;

    /** The kind the id must have, e.g. "source"; any when empty. Checked first. */
    String kind() default "";

    /** An id of that kind, for the message. */
    String example() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EntityId, String> {

        private static final Pattern ID = Pattern.compile("[a-z]+:[A-Za-z0-9][A-Za-z0-9._-]*");

        private boolean optional;
        private String kind;
        private String example;

        @Override
        public void initialize(EntityId annotation) {
            optional = annotation.optional();
            kind = annotation.kind();
            example = annotation.example();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (!kind.isEmpty() && (value == null || !value.startsWith(kind + ":"))) {
                return Messages.rejectSentence(context, "a " + kind + " id starts with \"" + kind + ":\", e.g. " + example
                        + "; was " + Messages.quote(String.valueOf(value)) + ".");
            }
            String problem = optional && (value == null || value.isBlank()) ? null : problem(value);
            return problem == null || Messages.reject(context, problem);
        }

        /** @return what is wrong with a required id, completing a sentence about the parameter; null when nothing */
        static String problem(String value) {
            if (value == null || value.isBlank()) {
                return "is required: an entity id such as country:VN (find ids with GET /api/entities?q=...).";
            }
            return value.length() <= MAX_TEXT && ID.matcher(value).matches() ? null
                    : "must be an id of the form kind:key, e.g. country:VN or firm:asml; was " + Messages.quote(value) + ".";
        }
    }
}
