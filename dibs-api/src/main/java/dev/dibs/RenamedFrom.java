package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Renames a table, column or enum label instead of dropping and re-creating it, keeping its data.
 * Holds the old SQL name. Ignored once nothing of that name is left, so it may stay after the
 * rename ran. dibs never guesses a rename: without this annotation it only suggests one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface RenamedFrom {
    /** The old SQL name. */
    String value();
}
