package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddExclusion;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropExclusion;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.ExpressionNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys, checks, exclusions and indexes on a column the plan drops and adds back (a generated
 * column whose expression changes, or that is computed from a column the plan retypes): PostgreSQL
 * drops them with the column, so each one the desired schema keeps is dropped before and added back
 * after, in its desired definition. The foreign keys of other tables bound to such a key follow it
 * ({@link DependentForeignKeys}); views, triggers and policies make way for a dropped column in their
 * own differs.
 */
final class ColumnDependents {

    private ColumnDependents() {
    }

    static void add(List<Table> current, List<Table> desired, List<SchemaChange> changes) {
        Set<String> dropped = new HashSet<>();
        Set<String> added = new HashSet<>();
        Set<String> alreadyDropped = new HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof DropColumn d) {
                dropped.add(d.table() + "." + d.column().name());
            } else if (c instanceof AddColumn a) {
                added.add(a.table() + "." + a.column().name());
            } else {
                String name = droppedConstraint(c);
                if (name != null) {
                    alreadyDropped.add(name);
                }
            }
        }
        dropped.retainAll(added);
        if (dropped.isEmpty()) {
            return;
        }
        List<SchemaChange> around = new ArrayList<>();
        for (Table from : current) {
            QualifiedName table = from.name();
            List<String> recreated = from.columns().stream().map(c -> c.name()).filter(n -> dropped.contains(table + "." + n)).toList();
            Table to = desired.stream().filter(t -> t.name().equals(table)).findFirst().orElse(null);
            if (recreated.isEmpty() || to == null) {
                continue;
            }
            var pk = from.primaryKey();
            if (pk != null && to.primaryKey() != null && uses(pk.columns(), pk.include(), recreated)
                    && !alreadyDropped.contains(table + "." + pk.name())) {
                around.add(new DropPrimaryKey(table, pk));
                around.add(new AddPrimaryKey(table, to.primaryKey()));
            }
            for (var u : from.uniques()) {
                var again = to.unique(u.name());
                if (uses(u.columns(), u.include(), recreated) && again.isPresent() && !alreadyDropped.contains(table + "." + u.name())) {
                    around.add(new DropUnique(table, u));
                    around.add(new AddUnique(table, again.get()));
                }
            }
            for (var k : from.checks()) {
                var again = to.check(k.name());
                if (ExpressionNames.reads(k.expression(), recreated) && again.isPresent() && !alreadyDropped.contains(table + "." + k.name())) {
                    around.add(new DropCheck(table, k));
                    around.add(new AddCheck(table, again.get()));
                }
            }
            for (var x : from.exclusions()) {
                var again = to.exclusion(x.name());
                if (ExpressionNames.reads(x.definition(), recreated) && again.isPresent() && !alreadyDropped.contains(table + "." + x.name())) {
                    around.add(new DropExclusion(table, x));
                    around.add(new AddExclusion(table, again.get()));
                }
            }
            for (Index i : from.indexes()) {
                var again = to.index(i.name());
                if (i.uses(recreated) && again.isPresent() && !alreadyDropped.contains(table + "." + i.name())) {
                    around.add(new DropIndex(table, i));
                    around.add(new AddIndex(table, again.get()));
                }
            }
            for (var fk : from.foreignKeys()) {
                var again = to.foreignKey(fk.name());
                if (uses(fk.columns(), List.of(), recreated) && again.isPresent() && !alreadyDropped.contains(table + "." + fk.name())) {
                    String reason = "its column is dropped and added back";
                    around.add(new DropForeignKey(table, fk, reason));
                    around.add(new AddForeignKey(table, again.get(), reason));
                }
            }
        }
        changes.addAll(around);
    }

    /** {@code table.name} of the key, check, exclusion or index {@code c} drops; null when it drops none. */
    private static String droppedConstraint(SchemaChange c) {
        if (c instanceof DropCheck d) {
            return d.table() + "." + d.check().name();
        } else if (c instanceof DropIndex d) {
            return d.table() + "." + d.index().name();
        } else if (c instanceof DropUnique d) {
            return d.table() + "." + d.unique().name();
        } else if (c instanceof DropPrimaryKey d) {
            return d.table() + "." + d.key().name();
        } else if (c instanceof DropExclusion d) {
            return d.table() + "." + d.exclusion().name();
        } else if (c instanceof DropForeignKey d) {
            return d.table() + "." + d.key().name();
        }
        return null;
    }

    private static boolean uses(List<String> columns, List<String> include, List<String> recreated) {
        return recreated.stream().anyMatch(n -> columns.contains(n) || include.contains(n));
    }

}
