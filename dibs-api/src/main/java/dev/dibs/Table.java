package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a table. Every non-static, non-transient field (every component of a
 * record) becomes a column. The type's Javadoc becomes {@code COMMENT ON TABLE}.
 *
 * <pre>{@code
 * @Table("users")
 * public record User(@Pk @Identity long id, @Unique String email) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table name, used verbatim (quoted in SQL where needed). Required. */
    String value();

    /** The schema the table lives in. */
    String schema() default "public";

    /**
     * An {@code UNLOGGED} table: not written to the write-ahead log, so faster to write, emptied
     * by a crash and not copied to replicas.
     */
    boolean unlogged() default false;

    /**
     * Storage parameters, comma-separated {@code name=value}:
     * {@code "fillfactor=50, autovacuum_vacuum_scale_factor=0.005"}.
     */
    String with() default "";

    /**
     * Makes it a partitioned table: the partition key in PostgreSQL's own words, as after
     * {@code PARTITION BY} — {@code "RANGE (created_at)"}, {@code "LIST (region)"},
     * {@code "HASH (id)"}; columns by their SQL names. Empty (the default): a plain table. Its
     * partitions are declared with {@link Partition}. PostgreSQL cannot change the key of an
     * existing table, nor turn a plain table into a partitioned one: dibs refuses such a change and
     * says how to do it by hand.
     */
    String partitionBy() default "";

    /**
     * Row-level security: {@link RowLevelSecurity#ENABLED} ({@code ENABLE ROW LEVEL SECURITY}) or
     * {@link RowLevelSecurity#FORCED} (also {@code FORCE}, so the owner is subject to it too). Policies are
     * not declared here: without one, roles subject to it see no rows.
     */
    RowLevelSecurity rowLevelSecurity() default RowLevelSecurity.DISABLED;

    /**
     * Makes it an inheritance child ({@code INHERITS}) of these tables, each a {@code @Table} of the
     * schema: {@code "favorites"} (this table's schema) or {@code "archive.favorites"}. It has every
     * column of its parents, first, without declaring them (a field of a parent column's name must have
     * its type, and may give it another default or {@code NOT NULL}), and their checks; its own fields
     * are the columns it adds. Keys, unique constraints, indexes and foreign keys are each table's own:
     * declare them on the child too. Reads of a parent return the children's rows.
     */
    String[] inherits() default {};
}
