package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides a column's name or SQL type, or sets its collation or statistics target. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.PARAMETER})
public @interface Column {
    /** The column name, used verbatim; default: the Java name in snake_case ({@code createdAt} → {@code created_at}). */
    String name() default "";

    /** The SQL type, e.g. {@code varchar(80)} or {@code jsonb}; default: mapped from the Java type. */
    String type() default "";

    /**
     * The column's statistics target ({@code ALTER TABLE … ALTER COLUMN … SET STATISTICS}): how many
     * most common values and histogram buckets {@code ANALYZE} keeps for it, from 0 (none) to
     * 10,000; {@code -1}, the default, leaves it to the server's {@code default_statistics_target}.
     */
    int statistics() default -1;

    /**
     * The column's collation, by its name as PostgreSQL lists it, case and all; default: the type's
     * own. A collation the SQL files under {@code dibs/} declare ({@code CREATE COLLATION}) in the
     * table's schema is named bare ({@code "case_insensitive"}), one they declare in another managed
     * schema as {@code "schema.name"}; any other name is one of {@code pg_catalog}: {@code "C"},
     * {@code "POSIX"}, {@code "ucs_basic"}, {@code "und-x-icu"}, {@code "en_US.utf8"} (written
     * {@code COLLATE pg_catalog."C"}). Only for a type that sorts text (a string type, an array of
     * one, a domain over one).
     */
    String collation() default "";
}
