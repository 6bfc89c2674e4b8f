package io.lodestone.request;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;

import io.lodestone.graph.Vocabulary;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Comma-separated relationship types, each one the graph holds; or absent. */
@Documented
@Constraint(validatedBy = RelationshipTypes.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface RelationshipTypes {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RelationshipTypes, String> {

        private final Vocabulary vocabulary;

        public Validator(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            List<String> types = Values.relationshipTypes(value);
            if (types == null) {
                return true;
            }
            // Read only when types are given: on a large graph the vocabulary takes a pass over the facts.
            Set<String> allowed = vocabulary.relationshipTypes();
            return types.stream().filter(type -> !allowed.contains(type)).findFirst()
                    .map(type -> Messages.reject(context, "holds the unknown relationship type " + Messages.quote(type)
                            + "; allowed: " + String.join(", ", allowed) + "."))
                    .orElse(true);
        }
    }
}
