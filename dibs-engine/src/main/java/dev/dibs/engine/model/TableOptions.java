package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.List;

/**
 * What a table is beyond its columns and constraints: {@code UNLOGGED}, its storage parameters
 * ({@code WITH (fillfactor=50)}, as {@code name=value}, sorted), its partition key as PostgreSQL
 * prints it ({@code RANGE (created_at)}; null when it is not partitioned) with the partitions
 * dibs manages, and row-level security ({@code ENABLE}/{@code FORCE ROW LEVEL SECURITY}).
 */
public record TableOptions(boolean unlogged, List<String> storage, String partitionBy, List<Partition> partitions,
                           boolean rowSecurity, boolean forceRowSecurity) {

    /** A logged, unpartitioned table without storage parameters or row-level security. */
    public static final TableOptions DEFAULT = new TableOptions(false, List.of(), null, List.of(), false, false);

    private static final Comparator<Partition> PARTITIONS = Comparator.comparing(Partition::name);

    public TableOptions {
        storage = SortedByName.of(storage, Comparator.naturalOrder());
        partitionBy = partitionBy == null || partitionBy.isBlank() ? null : partitionBy;
        partitions = SortedByName.of(partitions, PARTITIONS);
    }

    public boolean partitioned() {
        return partitionBy != null;
    }

    public TableOptions withUnlogged(boolean newUnlogged) {
        return new TableOptions(newUnlogged, storage, partitionBy, partitions, rowSecurity, forceRowSecurity);
    }

    public TableOptions withStorage(List<String> newStorage) {
        return new TableOptions(unlogged, newStorage, partitionBy, partitions, rowSecurity, forceRowSecurity);
    }

    public TableOptions withPartitioning(String newPartitionBy, List<Partition> newPartitions) {
        return new TableOptions(unlogged, storage, newPartitionBy, newPartitions, rowSecurity, forceRowSecurity);
    }

    public TableOptions withRowSecurity(boolean enabled, boolean forced) {
        return new TableOptions(unlogged, storage, partitionBy, partitions, enabled, forced);
    }
}
