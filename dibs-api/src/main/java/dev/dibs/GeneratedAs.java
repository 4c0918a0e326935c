package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A generated column: {@code GENERATED ALWAYS AS (expression) STORED}, or {@code VIRTUAL} with
 * {@link #virtual()} (PostgreSQL 18 and later).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface GeneratedAs {
    /** The SQL expression computing the column from others in the same row. */
    String value();

    /**
     * Computed when read instead of stored when written: no storage, and adding the column does not
     * rewrite the table. PostgreSQL 18 and later; it refuses user-defined types and functions in
     * virtual columns.
     */
    boolean virtual() default false;
}
