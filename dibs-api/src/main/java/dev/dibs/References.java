package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A single-column foreign key: {@code @References(value = "orgs.id", onDelete = Action.CASCADE)}.
 * {@code "table.column"} is in the referencing table's schema; {@code "schema.table.column"}
 * anywhere else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface References {
    /** The referenced column: {@code "table.column"} or {@code "schema.table.column"} (SQL names). */
    String value();

    /** What happens when the referenced row is deleted. */
    Action onDelete() default Action.NO_ACTION;

    /** What happens when the referenced key is updated. */
    Action onUpdate() default Action.NO_ACTION;

    /** Whether the check can be deferred to commit. */
    Deferrable deferrable() default Deferrable.NOT_DEFERRABLE;

    /** The constraint name; default: the name Postgres would give it ({@code orders_user_id_fkey}). */
    String name() default "";
    /**
     * {@code false}: the key is added {@code NOT VALID} and left so. PostgreSQL then checks every row
     * inserted or updated from then on, but never the rows already there — how a key goes onto a large
     * table without a scan, or onto one whose old rows break it (Rails' {@code validate: false},
     * Liquibase's {@code validate="false"}). A key already validated is kept as it is (it promises
     * more), and one that is {@code NOT VALID} in the database is not validated by the plan; back to
     * {@code true} (the default), the next plan validates it ({@code VALIDATE CONSTRAINT}, which reads
     * every row without blocking writes). Before PostgreSQL 18, a partitioned table's key cannot be
     * {@code NOT VALID}.
     */
    boolean validate() default true;
}
