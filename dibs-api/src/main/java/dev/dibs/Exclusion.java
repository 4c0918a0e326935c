package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exclusion constraint, in PostgreSQL's own syntax after the word {@code EXCLUDE}:
 * {@code @Exclusion(name = "bookings_no_overlap", value = "USING gist (room WITH =, during WITH &&)")}.
 * The value may go on with {@code INCLUDE (…)}, {@code WITH (…)}, {@code WHERE (…)} and
 * {@code DEFERRABLE …} as in {@code CREATE TABLE}; an operator class the key needs (such as
 * {@code btree_gist}'s for {@code =} on an integer) must be installed in the database.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Exclusion.List.class)
public @interface Exclusion {
    /** The constraint name (also its index's); at most 63 bytes. */
    String name();

    /** What follows {@code EXCLUDE}: {@code USING method (element WITH operator, …)} and its options. */
    String value();

    /** Container of repeated {@link Exclusion}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Exclusion[] value();
    }
}
