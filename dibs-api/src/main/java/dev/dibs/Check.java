package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A check constraint: {@code @Check(name = "users_age_ck", value = "age >= 0")}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Check.List.class)
public @interface Check {
    /** The boolean SQL expression. */
    String value();

    /** The constraint name; default: the name Postgres would give it ({@code users_age_check}). */
    String name() default "";

    /**
     * {@code NO INHERIT}: the check binds this table only, not tables that inherit from it. (A
     * partitioned table cannot have one: PostgreSQL refuses it.)
     */
    boolean noInherit() default false;

    /** Container of repeated {@link Check}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Check[] value();
    }
}
