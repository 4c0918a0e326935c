package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides a column's name or SQL type. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface Column {
    /** The column name, used verbatim; default: the Java name in snake_case ({@code createdAt} → {@code created_at}). */
    String name() default "";

    /** The SQL type, e.g. {@code varchar(80)} or {@code jsonb}; default: mapped from the Java type. */
    String type() default "";
}
