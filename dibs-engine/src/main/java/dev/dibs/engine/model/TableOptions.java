package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.List;

/**
 * What a table is beyond its columns and constraints: {@code UNLOGGED}, its storage parameters
 * ({@code WITH (fillfactor=50)}, as {@code name=value}, sorted), its partition key as PostgreSQL
 * prints it ({@code RANGE (created_at)}; null when it is not partitioned) with the partitions
 * dibs manages at every level (a partition of a partition names it in {@link Partition#of()}), row-level security ({@code ENABLE}/{@code FORCE ROW LEVEL SECURITY}),
 * and the tables it inherits from ({@code INHERITS (…)}, in PostgreSQL's order: the first parent's
 * columns come first), empty for a table that inherits from none.
 */
public record TableOptions(boolean unlogged, List<String> storage, String partitionBy, List<Partition> partitions,
                           boolean rowSecurity, boolean forceRowSecurity, List<QualifiedName> inherits) {

    /** A logged, unpartitioned table without storage parameters or row-level security. */
    public static final TableOptions DEFAULT = new TableOptions(false, List.of(), null, List.of(), false, false);

    /** Of a table that inherits from no other. */
    public TableOptions(boolean unlogged, List<String> storage, String partitionBy, List<Partition> partitions,
                        boolean rowSecurity, boolean forceRowSecurity) {
        this(unlogged, storage, partitionBy, partitions, rowSecurity, forceRowSecurity, List.of());
    }

    private static final Comparator<Partition> PARTITIONS = Comparator.comparing(Partition::name);

    public TableOptions {
        storage = SortedByName.of(storage, Comparator.naturalOrder());
        partitionBy = partitionBy == null || partitionBy.isBlank() ? null : partitionBy;
        partitions = SortedByName.of(partitions, PARTITIONS);
        inherits = inherits == null ? List.of() : List.copyOf(inherits);
    }

    /** Whether it inherits from another table (an inheritance child). */
    public boolean child() {
        return !inherits.isEmpty();
    }

    public boolean partitioned() {
        return partitionBy != null;
    }

    /** The partition of that name, at any level. */
    public java.util.Optional<Partition> partition(String name) {
        return partitions.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The names of the partitions above the partition of that name, nearest first, as far as they are
     * in the list; a chain that loops ends where a name comes again (so it holds that partition's own
     * name when it is below itself).
     */
    public List<String> above(String name) {
        return above(name, byName());
    }

    private static List<String> above(String name, java.util.Map<String, Partition> byName) {
        List<String> out = new java.util.ArrayList<>();
        Partition p = byName.get(name);
        String at = p == null ? null : p.of();
        while (at != null && !out.contains(at)) {
            out.add(at);
            Partition parent = byName.get(at);
            at = parent == null ? null : parent.of();
        }
        return out;
    }

    private java.util.Map<String, Partition> byName() {
        java.util.Map<String, Partition> byName = new java.util.HashMap<>();
        partitions.forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    /**
     * The partitions, each after the partition it is a partition of (by level, then by name): the
     * order they can be created in. One below itself comes last.
     */
    public List<Partition> partitionsParentsFirst() {
        java.util.Map<String, Partition> byName = byName();
        java.util.Map<String, Integer> levels = new java.util.HashMap<>();
        for (Partition p : partitions) {
            List<String> above = above(p.name(), byName);
            levels.put(p.name(), above.contains(p.name()) ? Integer.MAX_VALUE : above.size());
        }
        return partitions.stream().sorted(Comparator.comparingInt((Partition p) -> levels.get(p.name()))
                .thenComparing(Partition::name)).toList();
    }

    /** The partitions below the partition of that name (its partitions, theirs, …), parents first. */
    public List<Partition> below(String name) {
        java.util.Set<String> under = new java.util.HashSet<>(List.of(name));
        List<Partition> out = new java.util.ArrayList<>();
        for (Partition p : partitionsParentsFirst()) {
            if (p.of() != null && under.contains(p.of())) {
                under.add(p.name());
                out.add(p);
            }
        }
        return out;
    }

    public TableOptions withUnlogged(boolean newUnlogged) {
        return new TableOptions(newUnlogged, storage, partitionBy, partitions, rowSecurity, forceRowSecurity, inherits);
    }

    public TableOptions withStorage(List<String> newStorage) {
        return new TableOptions(unlogged, newStorage, partitionBy, partitions, rowSecurity, forceRowSecurity, inherits);
    }

    public TableOptions withPartitioning(String newPartitionBy, List<Partition> newPartitions) {
        return new TableOptions(unlogged, storage, newPartitionBy, newPartitions, rowSecurity, forceRowSecurity, inherits);
    }

    public TableOptions withRowSecurity(boolean enabled, boolean forced) {
        return new TableOptions(unlogged, storage, partitionBy, partitions, enabled, forced, inherits);
    }

    public TableOptions withInherits(List<QualifiedName> newInherits) {
        return new TableOptions(unlogged, storage, partitionBy, partitions, rowSecurity, forceRowSecurity, newInherits);
    }
}
