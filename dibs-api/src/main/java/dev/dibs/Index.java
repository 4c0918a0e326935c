package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index. On a class, {@code columns} lists the keys; on a member, the index is on that column
 * and {@code columns} stays empty.
 *
 * <pre>{@code
 * @Index(columns = "last_name, first_name")
 * @Index(columns = "(lower(email))", unique = true)
 * @Index(columns = "created_at DESC NULLS LAST", where = "deleted_at IS NULL")
 * @Index(columns = "organization_id, email gin_trgm_ops", using = "gin")
 * @Index(columns = "code", unique = true, nullsNotDistinct = true, with = "fillfactor=70")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
@Repeatable(Index.List.class)
public @interface Index {
    /**
     * Comma-separated keys: column names (SQL or Java names) or expressions in parentheses, each
     * optionally followed, in PostgreSQL's order, by {@code COLLATE name}, an operator class (with
     * its parameters: {@code gist_trgm_ops(siglen = 32)}), {@code ASC}/{@code DESC} and
     * {@code NULLS FIRST}/{@code NULLS LAST}: {@code "name COLLATE \"C\" text_pattern_ops DESC"}.
     */
    String columns() default "";

    /** A unique index. */
    boolean unique() default false;

    /** A partial index predicate, e.g. {@code deleted_at IS NULL}. */
    String where() default "";

    /** The access method: {@code btree} (default), {@code hash}, {@code gin}, {@code gist}, {@code brin}, … */
    String using() default "btree";

    /** Comma-separated non-key columns ({@code INCLUDE}). */
    String include() default "";

    /** The index name; default: the name Postgres would give it. At most 63 bytes. */
    String name() default "";

    /** A unique index that treats NULLs as equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15 and later). */
    boolean nullsNotDistinct() default false;

    /** Storage parameters, comma-separated {@code name=value}: {@code "fillfactor=70"}. */
    String with() default "";

    /** {@code COMMENT ON INDEX}; empty: none. */
    String comment() default "";

    /** Container of repeated {@link Index}es. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
    @interface List {
        Index[] value();
    }
}
