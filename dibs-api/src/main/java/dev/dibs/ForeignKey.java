package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A (composite) foreign key declared on the table:
 * {@code @ForeignKey(columns = "order_id, line_no", references = "order_lines(order_id, line_no)")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(ForeignKey.List.class)
public @interface ForeignKey {
    /** Comma-separated referencing columns (SQL or Java names). */
    String columns();

    /** {@code "table(a, b)"} or {@code "schema.table(a, b)"}: the referenced table and its columns. */
    String references();

    /** What happens when the referenced row is deleted. */
    Action onDelete() default Action.NO_ACTION;

    /**
     * With {@code onDelete} {@code SET_NULL} or {@code SET_DEFAULT}: the comma-separated columns of
     * {@code columns} it sets, when only some of them (PostgreSQL 15's {@code ON DELETE SET NULL
     * (parent_id)}: a key {@code (tenant_id, parent_id)} that keeps the row's tenant when its parent
     * goes). Empty: all of them.
     */
    String onDeleteSet() default "";

    /** What happens when the referenced key is updated. */
    Action onUpdate() default Action.NO_ACTION;

    /** Whether the check can be deferred to commit. */
    Deferrable deferrable() default Deferrable.NOT_DEFERRABLE;

    /** The constraint name; default: the name Postgres would give it. */
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

    /** Container of repeated {@link ForeignKey}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        ForeignKey[] value();
    }
}
