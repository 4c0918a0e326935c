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

    /** Container of repeated {@link Partition}s. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Partition[] value();
    }
}
