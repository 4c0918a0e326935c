package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddPartition;
import dev.dibs.engine.diff.SchemaChange.DropPartition;
import dev.dibs.engine.naming.ExpressionNames;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partitioning of a table present on both sides. The key cannot change in place
 * ({@link PartitioningRefused}). Partitions are matched by name: a declared one the table lacks is
 * added; one whose bound differs is dropped with its rows and added again (a partition cannot be
 * re-bounded in place, and moving its rows elsewhere would be a guess about where they belong: the
 * drop carries {@code DELETES_DATA}, so the plan stops unless that hazard is allowed). A partition
 * the desired state does not declare is not dibs's — a tool such as pg_partman may have made it —
 * so it is never dropped: the diff ignores it, and so does {@code SchemaComparison}, through
 * {@link #withoutUndeclared}; reports show it as a note ({@link #undeclared}).
 */
public final class PartitionDiffer {

    private static final String DEFAULT = "DEFAULT";

    private PartitionDiffer() {
    }

    static void diff(Table current, Table desired, List<SchemaChange> changes) {
        String key = desired.options().partitionBy();
        if (!Objects.equals(current.options().partitionBy(), key)) {
            throw PartitioningRefused.keyChange(desired.name(), current.options().partitionBy(), key);
        }
        if (key == null) {
            return;
        }
        Map<String, Partition> now = byName(current.options().partitions());
        List<Partition> undeclared = undeclared(current, desired);
        // only of the columns the table has now: one the plan adds reaches the partition through its table
        java.util.Map<String, Integer> statistics = statistics(desired);
        statistics.keySet().removeIf(column -> current.column(column).isEmpty());
        // declared otherwise (bound, key, parent): dropped and created again, and every partition
        // below one in the database goes with it
        java.util.Set<String> redone = new java.util.LinkedHashSet<>();
        for (Partition p : desired.options().partitionsParentsFirst()) {
            Partition existing = now.get(p.name());
            if (existing != null && !existing.equals(p)) {
                redone.add(p.name());
            }
        }
        java.util.Set<String> gone = new java.util.HashSet<>(redone);
        redone.forEach(name -> current.options().below(name).forEach(b -> gone.add(b.name())));
        for (Partition u : undeclared) {
            if (gone.contains(u.name())) {
                throw PartitioningRefused.undeclaredBelow(desired.name(), u, redoneAbove(current, u, redone));
            }
        }
        for (Partition p : desired.options().partitionsParentsFirst()) {
            Partition existing = now.get(p.name());
            if (existing != null && !gone.contains(p.name())) {
                continue;
            }
            Optional<Partition> clash = undeclared.stream()
                    .filter(u -> Objects.equals(u.of(), p.of()) && u.bound().equals(p.bound())).findFirst();
            if (clash.isPresent()) {
                throw PartitioningRefused.overlap(desired.name(), p, clash.get());
            }
            if (existing != null && redone.contains(p.name()) && redoneAbove(current, existing, redone) == null) {
                changes.add(new DropPartition(desired.name(), existing, false, reason(existing, p),
                        current.options().below(existing.name()).stream().map(Partition::name).toList()));
            }
            changes.add(new AddPartition(desired.name(), p, besideKeptDefault(p, now, desired, gone), statistics));
        }
    }

    /** What makes {@code declared} another partition than {@code existing}, as a drop says it. */
    private static String reason(Partition existing, Partition declared) {
        List<String> reasons = new java.util.ArrayList<>();
        if (!existing.bound().equals(declared.bound())) {
            reasons.add("its bound changed");
        }
        if (!Objects.equals(existing.of(), declared.of())) {
            reasons.add("it becomes a partition of " + (declared.of() == null ? "the table" : declared.of()));
        }
        if (!Objects.equals(existing.partitionBy(), declared.partitionBy())) {
            reasons.add(declared.partitionBy() == null ? "it is no longer partitioned"
                    : existing.partitionBy() == null ? "it becomes partitioned" : "its partition key changed");
        }
        return String.join(", ", reasons);
    }

    /** The partition above {@code p} in the database that the plan drops and creates again, or null. */
    private static String redoneAbove(Table current, Partition p, java.util.Set<String> redone) {
        return current.options().above(p.name()).stream().filter(redone::contains).findFirst().orElse(null);
    }

    /**
     * Whether a {@code DEFAULT} partition that stays beside {@code p} (of the same parent, neither
     * dropped nor redeclared with another bound) holds rows PostgreSQL checks against its bound.
     */
    private static boolean besideKeptDefault(Partition p, Map<String, Partition> now, Table desired, java.util.Set<String> gone) {
        if (p.bound().equals(DEFAULT) || p.of() != null && (gone.contains(p.of()) || !now.containsKey(p.of()))) {
            return false;
        }
        return now.values().stream().anyMatch(d -> d.bound().equals(DEFAULT) && Objects.equals(d.of(), p.of())
                && !gone.contains(d.name())
                && desired.options().partition(d.name()).map(w -> w.bound().equals(DEFAULT)).orElse(true));
    }

    /**
     * Marks each partition drop whose table a foreign key the plan keeps references (one of the
     * database the plan neither drops nor drops with its table): PostgreSQL refuses to drop a
     * partition while that key's copy depends on it, so it is detached first, and detaching checks
     * the referencing rows. A key the plan drops or adds is not there then: the simulation puts its
     * drop before the partition's, its addition after. {@code current} is the database with the
     * plan's renames made (the changes name tables so).
     */
    static void detachWhereReferenced(Schema current, List<SchemaChange> changes) {
        if (changes.stream().noneMatch(DropPartition.class::isInstance)) {
            return;
        }
        // by table and name as objects: a joined string could take a name holding a dot for another
        java.util.Set<List<Object>> droppedKeys = new java.util.HashSet<>();
        java.util.Set<QualifiedName> droppedTables = new java.util.HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropForeignKey d) {
                droppedKeys.add(List.of(d.table(), d.key().name()));
            } else if (c instanceof SchemaChange.DropTable d) {
                droppedTables.add(d.table().name());
            }
        }
        java.util.Set<QualifiedName> referenced = new java.util.HashSet<>();
        for (Table t : current.tables()) {
            for (dev.dibs.engine.model.ForeignKey fk : t.foreignKeys()) {
                if (!droppedTables.contains(t.name()) && !droppedKeys.contains(List.of(t.name(), fk.name()))) {
                    referenced.add(fk.referencedTable());
                }
            }
        }
        changes.replaceAll(c -> c instanceof DropPartition d && referenced.contains(d.table())
                ? d.referencedNow() : c);
    }

    /**
     * Refuses a type change of a column the partition key reads — altered, or converted to an enum
     * type the plan creates again: PostgreSQL refuses {@code ALTER COLUMN … TYPE} there, and the
     * key cannot be changed either ({@link PartitioningRefused}).
     */
    static void refuseRetypedKeyColumns(Schema current, List<SchemaChange> changes) {
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AlterColumn a && a.aspects().contains(SchemaChange.ColumnAspect.TYPE)) {
                String key = keyReading(current, a.table(), a.from().name());
                if (key != null) {
                    throw PartitioningRefused.keyColumnRetyped(a.table(), key, a.from().name(), a.from().typeSql(), a.to().typeSql());
                }
            } else if (c instanceof SchemaChange.RecreateEnum r) {
                for (SchemaChange.ColumnRef ref : r.columns()) {
                    String key = keyReading(current, ref.table(), ref.column());
                    if (key != null) {
                        throw PartitioningRefused.keyColumnOfRecreatedEnum(ref.table(), key, ref.column(), r.from(), r.to());
                    }
                }
            }
        }
    }

    /**
     * The partition key of the table, when it reads {@code column}; else null. (A table the plan drops
     * has no column converted: an enum type created again leaves it for the drop to take first.)
     */
    private static String keyReading(Schema current, QualifiedName table, String column) {
        Table t = current.table(table).orElse(null);
        if (t == null || t.options().partitionBy() == null) {
            return null;
        }
        if (ExpressionNames.reads(t.options().partitionBy(), List.of(column))) {
            return t.options().partitionBy();
        }
        // a partition's own key holds the column too: PostgreSQL refuses the type change there as well
        return t.options().partitions().stream().filter(p -> p.partitioned() && ExpressionNames.reads(p.partitionBy(), List.of(column)))
                .map(p -> p.partitionBy() + " of partition " + p.name()).findFirst().orElse(null);
    }

    /** The partitions of {@code current} that {@code desired} (the same table, same key) does not declare. */
    public static List<Partition> undeclared(Table current, Table desired) {
        if (!current.options().partitioned() || !Objects.equals(current.options().partitionBy(), desired.options().partitionBy())) {
            return List.of();
        }
        Map<String, Partition> wanted = byName(desired.options().partitions());
        return current.options().partitions().stream().filter(p -> !wanted.containsKey(p.name())).toList();
    }

    /** {@code actual} without the partitions {@code expected} does not declare: what no comparison counts as a difference. */
    public static Table withoutUndeclared(Table actual, Table expected) {
        List<Partition> undeclared = undeclared(actual, expected);
        if (undeclared.isEmpty()) {
            return actual;
        }
        return actual.withOptions(actual.options().withPartitioning(actual.options().partitionBy(),
                actual.options().partitions().stream().filter(p -> !undeclared.contains(p)).toList()));
    }

    private static Map<String, Partition> byName(List<Partition> partitions) {
        return partitions.stream().collect(Collectors.toMap(Partition::name, Function.identity()));
    }

    /** The table's columns with a statistics target of their own, by name: what a new partition of it is given. */
    static java.util.Map<String, Integer> statistics(Table table) {
        java.util.Map<String, Integer> statistics = new java.util.LinkedHashMap<>();
        table.columns().stream().filter(c -> c.statistics() != null).forEach(c -> statistics.put(c.name(), c.statistics()));
        return statistics;
    }
}
