package dev.dibs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A partition of a table declared with {@link Table#partitionBy()}: created as
 * {@code CREATE TABLE name PARTITION OF table bound}, in the table's schema. Its columns,
 * constraints and indexes are the table's. Partitions in the database that no {@code @Partition}
 * declares (made by hand or by a tool such as pg_partman) are kept and shown as notes, never dropped.
 *
 * <pre>{@code
 * @Table(value = "events", partitionBy = "RANGE (created_at)")
 * @Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
 * @Partition(name = "events_default", bound = "DEFAULT")
 * public record Event(long id, Instant createdAt) {}
 * }</pre>
 *
 * <p>A partition can be partitioned in turn ({@link #partitionBy()}), and its own partitions
 * name it in {@link #of()}:
 *
 * <pre>{@code
 * @Table(value = "events", partitionBy = "RANGE (created_at)")
 * @Partition(name = "events_2024", bound = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
 *            partitionBy = "LIST (region)")
 * @Partition(name = "events_2024_eu", of = "events_2024", bound = "FOR VALUES IN ('eu')")
 * @Partition(name = "events_2024_rest", of = "events_2024", bound = "DEFAULT")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Partition.List.class)
public @interface Partition {
    /** The partition's table name, used verbatim (quoted in SQL where needed). */
    String name();

    /**
     * The bound in PostgreSQL's own words: {@code "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"},
     * {@code "FOR VALUES IN ('eu', 'uk')"}, {@code "FOR VALUES WITH (MODULUS 4, REMAINDER 0)"} or
     * {@code "DEFAULT"}. A changed bound re-creates the partition, deleting its rows.
     */
    String bound();

    /**
     * The partition this one is a partition of: the name of another {@code @Partition} of the same
     * table that has a {@link #partitionBy()}. Empty (the default): a partition of the table itself.
     * A partition whose parent changes is dropped with its rows and created again.
     */
    String of() default "";

    /**
     * Makes this partition partitioned in turn: its partition key in PostgreSQL's own words, as after
     * {@code PARTITION BY} ({@code "LIST (region)"}). Its own partitions name it in {@link #of()}.
     * PostgreSQL cannot change a partition's key: a changed one drops the partition with its rows and
     * creates it again.
     */
    String partitionBy() default "";

    /** Container of repeated {@link Partition}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Partition[] value();
    }
}
