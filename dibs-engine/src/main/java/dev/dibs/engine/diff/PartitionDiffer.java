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
        Map<String, Partition> wanted = byName(desired.options().partitions());
        // a DEFAULT partition that stays: PostgreSQL checks its rows against each new bound
        boolean keptDefault = now.values().stream().anyMatch(p -> p.bound().equals(DEFAULT)
                && (!wanted.containsKey(p.name()) || wanted.get(p.name()).bound().equals(DEFAULT)));
        List<Partition> undeclared = undeclared(current, desired);
        // only of the columns the table has now: one the plan adds reaches the partition through its table
        java.util.Map<String, Integer> statistics = statistics(desired);
        statistics.keySet().removeIf(column -> current.column(column).isEmpty());
        for (Partition p : desired.options().partitions()) {
            Partition existing = now.get(p.name());
            if (existing != null && existing.bound().equals(p.bound())) {
                continue;
            }
            Optional<Partition> clash = undeclared.stream().filter(u -> u.bound().equals(p.bound())).findFirst();
            if (clash.isPresent()) {
                throw PartitioningRefused.overlap(desired.name(), p, clash.get());
            }
            if (existing != null) {
                changes.add(new DropPartition(desired.name(), existing));
            }
            changes.add(new AddPartition(desired.name(), p, keptDefault && !p.bound().equals(DEFAULT), statistics));
        }
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
                ? new DropPartition(d.table(), d.partition(), true) : c);
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
        String key = current.table(table).map(t -> t.options().partitionBy()).orElse(null);
        return key != null && ExpressionNames.reads(key, List.of(column)) ? key : null;
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
