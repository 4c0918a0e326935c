package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A partition of a partitioned table: its name (in the parent's schema) and its bound as
 * PostgreSQL prints it ({@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')}, {@code DEFAULT}).
 */
public record Partition(String name, String bound) {

    public Partition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bound, "bound");
    }
}
