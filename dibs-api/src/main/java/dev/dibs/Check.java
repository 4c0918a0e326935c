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
    /**
     * {@code false}: the check is added {@code NOT VALID} and left so. PostgreSQL then checks every
     * row inserted or updated from then on, but never the rows already there. A check already validated
     * is kept as it is (it promises more), and one that is {@code NOT VALID} in the database is not
     * validated by the plan; back to {@code true} (the default), the next plan validates it
     * ({@code VALIDATE CONSTRAINT}, which reads every row without blocking writes).
     */
    boolean validate() default true;

    /** Container of repeated {@link Check}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Check[] value();
    }
}
