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

    /** Container of repeated {@link ForeignKey}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        ForeignKey[] value();
    }
}
