package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the Postgres enum type of a Java enum. Without it, the type is the enum's simple name in
 * snake_case ({@code OrderStatus} → {@code order_status}). Labels are the constant names, in
 * declaration order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PgEnum {
    /** The type name; default: the simple name in snake_case. */
    String value() default "";

    /** The schema of the type; default: the schema of the tables using it. */
    String schema() default "";
}
