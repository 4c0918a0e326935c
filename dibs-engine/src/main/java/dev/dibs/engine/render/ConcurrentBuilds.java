package dev.dibs.engine.render;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetIndexComment;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.plan.PlanOptions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a plan's new indexes it builds {@code CONCURRENTLY}, once its transaction has committed
 * ({@link dev.dibs.engine.plan.TransactionMode#OUTSIDE_TRANSACTION}), when {@link PlanOptions#concurrentIndexes}
 * asks for it. An index on an existing table, but not:
 * <ul>
 * <li>on a table the plan creates or drops (a new table is empty and locked by nobody else);</li>
 * <li>on a partitioned table: PostgreSQL builds its index with its partitions', never concurrently;</li>
 * <li>on a table the plan renames, or one of whose columns it renames, after adding the index (the
 *     statement names them as they are at that point of the plan);</li>
 * <li>an index whose comment the plan also sets on its own ({@code SetIndexComment}, in the transaction:
 *     an index dropped and added again around another change, its comment changed too);</li>
 * <li>a unique index on a table a foreign key the plan adds references (the key needs the index in
 *     the transaction), or on a table that loses a unique index, unique constraint or primary key in
 *     the plan (between the commit and the build, nothing would keep the rows unique: a changed unique
 *     index, or one dropped and built again around a column's retype).</li>
 * </ul>
 * Drops stay in the transaction: a quick statement, and one after it could be too late (a statement
 * in the transaction may need the name free) or find the index gone with its column.
 */
public final class ConcurrentBuilds {

    private ConcurrentBuilds() {
    }

    /** The indexes ({@code schema} of their table, index name) the plan builds concurrently. */
    public static Set<QualifiedName> of(List<SchemaChange> ordered, PlanOptions options, Set<QualifiedName> created,
                                        Set<QualifiedName> dropped, Set<QualifiedName> partitioned) {
        if (!options.concurrentIndexes()) {
            return Set.of();
        }
        Set<QualifiedName> referenced = new HashSet<>();
        Set<QualifiedName> losingUniqueness = new HashSet<>();
        Set<QualifiedName> commented = new HashSet<>();
        for (SchemaChange change : ordered) {
            if (change instanceof SetIndexComment c) {
                commented.add(new QualifiedName(c.table().schema(), c.index()));
            } else if (change instanceof AddForeignKey a) {
                referenced.add(a.key().referencedTable());
            } else if (change instanceof AddTable a) {
                a.table().foreignKeys().forEach(k -> referenced.add(k.referencedTable()));
            } else if (change instanceof DropIndex d && d.index().unique() || change instanceof DropUnique
                    || change instanceof DropPrimaryKey) {
                losingUniqueness.add(tableOf(change));
            }
        }
        Set<QualifiedName> out = new HashSet<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (!(ordered.get(i) instanceof AddIndex a)) {
                continue;
            }
            QualifiedName table = a.table();
            boolean keptUnique = a.index().unique() && (referenced.contains(table) || losingUniqueness.contains(table));
            QualifiedName index = new QualifiedName(table.schema(), a.index().name());
            if (created.contains(table) || dropped.contains(table) || partitioned.contains(table) || keptUnique
                    || commented.contains(index) || renamedLater(ordered.subList(i + 1, ordered.size()), table)) {
                continue;
            }
            out.add(index);
        }
        return Set.copyOf(out);
    }

    private static QualifiedName tableOf(SchemaChange change) {
        return change instanceof DropIndex d ? d.table() : change instanceof DropUnique d ? d.table() : ((DropPrimaryKey) change).table();
    }

    private static boolean renamedLater(List<SchemaChange> later, QualifiedName table) {
        return later.stream().anyMatch(c -> c instanceof RenameTable t && t.from().equals(table)
                || c instanceof RenameColumn r && r.table().equals(table));
    }
}
