package app.lantern.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that writes history as given (a sign-off on a past date, a record made by someone
 * else, a bulk load) without the checks a person's own action goes through. Only the {@code demo}
 * module may call one: {@code ArchitectureRulesTest} fails the build otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WritesHistory {
}
