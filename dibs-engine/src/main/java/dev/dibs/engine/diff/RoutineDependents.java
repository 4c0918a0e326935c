package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What calls a routine the plan drops (or drops to create again) and stays in the desired schema:
 * PostgreSQL refuses {@code DROP FUNCTION} while a check, a column default or an index uses it, so
 * each of those is dropped before and added back after, with the existing change kinds. A use
 * the plan already drops (a changed check, a dropped index, a default changed to something else)
 * needs nothing more. A generated column calling it is left to the simulation, which refuses the
 * drop and says so: PostgreSQL cannot take a stored generation expression off and put it back.
 */
final class RoutineDependents {

    private RoutineDependents() {
    }

    /** The uses of {@code routine}'s name: dropped before it ({@code drops}) and added back after ({@code adds}). */
    record Around(QualifiedName routine, List<SchemaChange> drops, List<SchemaChange> adds) {
    }

    /** A table the plan keeps, as it is and as desired. */
    private record Kept(Table current, Table desired) {
    }

    /**
     * @param gone    the names of the routines whose current version the plan drops
     * @param changes the changes found so far; an {@link AlterColumn} of a column whose default
     *                still calls the routine afterwards is taken out and split around it
     */
    static List<Around> find(Schema current, Schema desired, Set<QualifiedName> gone, List<SchemaChange> changes) {
        List<Around> out = new ArrayList<>();
        if (gone.isEmpty()) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        // each table the plan keeps, paired with its desired self once, not once per routine
        List<Kept> kept = new ArrayList<>();
        for (Table t : current.tables()) {
            desired.table(t.name()).ifPresent(d -> kept.add(new Kept(t, d))); // a dropped table's uses go with it
        }
        for (QualifiedName routine : gone) {
            List<SchemaChange> drops = new ArrayList<>();
            List<SchemaChange> adds = new ArrayList<>();
            for (Kept k : kept) {
                for (RoutineUses.Use use : RoutineUses.in(k.current(), routine)) {
                    if (seen.add(use.toString())) {
                        around(k.current(), k.desired(), routine, use, changes, drops, adds);
                    }
                }
            }
            if (!drops.isEmpty() || !adds.isEmpty()) {
                out.add(new Around(routine, drops, adds));
            }
        }
        return out;
    }

    private static void around(Table current, Table desired, QualifiedName routine, RoutineUses.Use use, List<SchemaChange> changes,
                               List<SchemaChange> drops, List<SchemaChange> adds) {
        QualifiedName table = current.name();
        switch (use.kind()) {
            case CHECK -> {
                boolean dropped = changes.stream().anyMatch(c -> c instanceof DropCheck d && d.table().equals(table)
                        && d.check().name().equals(use.name()));
                var wanted = desired.check(use.name());
                if (!dropped && wanted.isPresent()) {
                    drops.add(new DropCheck(table, current.check(use.name()).orElseThrow()));
                    adds.add(new AddCheck(table, wanted.get()));
                }
            }
            case INDEX -> {
                boolean dropped = changes.stream().anyMatch(c -> c instanceof DropIndex d && d.table().equals(table)
                        && d.index().name().equals(use.name()));
                var wanted = desired.index(use.name());
                if (!dropped && wanted.isPresent()) {
                    drops.add(new DropIndex(table, current.index(use.name()).orElseThrow()));
                    adds.add(new AddIndex(table, wanted.get()));
                }
            }
            case DEFAULT -> defaultAround(current, desired, routine, use.name(), changes, drops, adds);
            case GENERATED_COLUMN -> { } // refused by the simulation, naming the column
        }
    }

    /**
     * The default goes before the routine and comes back after it. A change of the column already
     * planned is split: its default part (and the rest) after the routine, unless it already sets
     * another default that does not call the routine, in which case it runs before the drop as is.
     */
    private static void defaultAround(Table current, Table desired, QualifiedName routine, String column, List<SchemaChange> changes,
                                      List<SchemaChange> drops, List<SchemaChange> adds) {
        QualifiedName table = current.name();
        Optional<Column> wanted = desired.column(column);
        if (wanted.isEmpty()) {
            return; // the column is dropped, its default with it
        }
        Column from = current.column(column).orElseThrow();
        AlterColumn planned = null;
        for (SchemaChange c : changes) {
            if (c instanceof AlterColumn a && a.table().equals(table) && a.from().name().equals(column)) {
                planned = a;
            }
        }
        if (planned != null && planned.aspects().contains(ColumnAspect.DEFAULT)
                && RoutineUses.in(desired, routine).stream().noneMatch(u -> u.kind() == RoutineUses.Kind.DEFAULT && u.name().equals(column))) {
            return;
        }
        Column withoutDefault = new Column(from.name(), from.type(), from.nullable(), null, from.identity(),
                from.generatedExpression(), from.comment(), from.virtual(), from.sequence());
        drops.add(new AlterColumn(table, from, withoutDefault, EnumSet.of(ColumnAspect.DEFAULT)));
        EnumSet<ColumnAspect> aspects = EnumSet.of(ColumnAspect.DEFAULT);
        if (planned != null) {
            changes.remove(planned);
            aspects.addAll(planned.aspects());
        }
        adds.add(new AlterColumn(table, withoutDefault, planned != null ? planned.to() : wanted.get(), aspects));
    }
}
