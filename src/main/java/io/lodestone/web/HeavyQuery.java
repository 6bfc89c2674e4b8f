package io.lodestone.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose queries can take much of the database (path searches, influence,
 * scenarios): at most {@code lodestone.query.max-concurrent-heavy} of them run at once, so one
 * caller cannot starve the rest; further calls wait briefly, then get a 429 problem.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface HeavyQuery {
}
