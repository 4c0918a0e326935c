package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A partition of a partitioned table: its name (in the table's schema), its bound as PostgreSQL
 * prints it ({@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')}, {@code DEFAULT}), the
 * partition of the same table it is a partition of ({@code of}; null: of the table itself), and its
 * own partition key when it is partitioned in turn ({@code partitionBy}; null when it is not). A
 * table's partitions at every level are one list ({@link TableOptions#partitions()}).
 */
public record Partition(String name, String bound, String of, String partitionBy) {

    public Partition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bound, "bound");
        of = of == null || of.isEmpty() ? null : of;
        partitionBy = partitionBy == null || partitionBy.isBlank() ? null : partitionBy;
    }

    /** A partition of the table itself that is not partitioned. */
    public Partition(String name, String bound) {
        this(name, bound, null, null);
    }

    public boolean partitioned() {
        return partitionBy != null;
    }

    public Partition withPartitionBy(String newPartitionBy) {
        return new Partition(name, bound, of, newPartitionBy);
    }
}
