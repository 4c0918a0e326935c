package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateTrigger;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.DropTrigger;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.RenameTrigger;
import dev.dibs.engine.diff.SchemaChange.SetTriggerComment;
import dev.dibs.engine.diff.SchemaChange.SetTriggerEnabled;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Trigger;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Triggers, matched by table and name. Those of a renamed table are compared as PostgreSQL will
 * print them after the rename; those of a dropped table go with it. A changed definition is
 * dropped and created again in the plan's transaction (not {@code CREATE OR REPLACE TRIGGER}: it
 * cannot replace a constraint trigger, and it silently enables a disabled one). A trigger that
 * uses a column the plan drops or retypes (PostgreSQL refuses both while the trigger exists) is
 * dropped before and created again after.
 */
final class TriggerDiffer {

    private TriggerDiffer() {
    }

    /**
     * @param hints   the SQL files' trigger renames: a trigger of the old name (on its table, after
     *                the table's own rename) that the desired state no longer has, where the new name
     *                is not taken, is renamed and then compared as any other
     * @param changes the changes so far: renames, dropped tables, dropped and retyped columns
     */
    static void diff(Schema current, Schema desired, RenameHints hints, List<SchemaChange> changes) {
        List<Trigger> now = current.triggers();
        Set<QualifiedName> droppedTables = new HashSet<>();
        Set<String> touchedColumns = new HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof RenameTable r) {
                now = now.stream().map(t -> TriggerTables.renamed(t, r.from(), r.target())).toList();
            } else if (c instanceof SchemaChange.RenameDomain r) { // a WHEN condition casting to it prints the new name
                now = now.stream().map(t -> DomainRenames.renamedIn(t, r.from(), r.target())).toList();
            } else if (c instanceof SchemaChange.RenameRoutine r) { // the function it executes, or calls in WHEN
                var calls = RoutineRenames.calls(r.routine(), r.target());
                var signatures = RoutineRenames.signatures(r.routine(), r.target());
                now = now.stream().map(t -> SchemaTexts.in(t, calls, signatures)).toList();
            } else if (c instanceof SchemaChange.RenameSequence r) { // a WHEN condition naming it prints the new name
                var texts = SequenceRenames.texts(r.from(), r.target());
                now = now.stream().map(t -> SchemaTexts.in(t, texts, java.util.function.UnaryOperator.identity())).toList();
            } else if (c instanceof DropTable d) {
                droppedTables.add(d.table().name());
            } else if (c instanceof DropColumn d) {
                touchedColumns.add(d.table() + "." + d.column().name());
            } else if (c instanceof AlterColumn a && a.aspects().contains(ColumnAspect.TYPE)) {
                touchedColumns.add(a.table() + "." + a.from().name());
            } else if (c instanceof RecreateEnum r) {
                r.columns().forEach(ref -> touchedColumns.add(ref.table() + "." + ref.column()));
            }
        }
        now = renamed(now, desired, hints, droppedTables, touchedColumns, changes);
        var matched = Matching.byKey(now, desired.triggers(), t -> t.table() + "." + t.name());
        // a dropped table takes its triggers with it (none of its columns is retyped first: an enum
        // re-created converts only the columns that keep it)
        matched.onlyCurrent().stream().filter(t -> !droppedTables.contains(t.table())).forEach(t -> changes.add(new DropTrigger(t)));
        matched.onlyDesired().forEach(t -> changes.add(new CreateTrigger(t)));
        for (var pair : matched.pairs()) {
            Trigger from = pair.current();
            Trigger to = pair.desired();
            if (droppedTables.contains(from.table())) { // a view of the table's name takes its place: the trigger went with the table
                changes.add(new CreateTrigger(to, "its table " + from.table() + " is dropped"));
                continue;
            }
            if (!from.definition().equals(to.definition()) || !Objects.equals(from.function(), to.function())
                    || !from.columns().equals(to.columns())) {
                changes.add(new DropTrigger(from));
                changes.add(new CreateTrigger(to));
                continue;
            }
            List<String> touched = from.columns().stream().filter(col -> touchedColumns.contains(from.table() + "." + col)).toList();
            if (!touched.isEmpty()) {
                String reason = "it uses column" + (touched.size() == 1 ? " " : "s ") + String.join(", ", touched)
                        + ", which PostgreSQL will not drop or retype while the trigger exists";
                changes.add(new DropTrigger(from, reason));
                changes.add(new CreateTrigger(to, reason));
                continue;
            }
            if (!Objects.equals(from.enabled(), to.enabled())) {
                changes.add(new SetTriggerEnabled(to.table(), to.name(), from.enabled(), to.enabled()));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                changes.add(new SetTriggerComment(to.table(), to.name(), to.comment()));
            }
        }
    }

    /**
     * {@code now} after the hinted renames, each added to {@code changes}. A trigger the plan must
     * drop and create anyway (its definition, function or columns change, a column it uses is
     * dropped or retyped, its table is dropped) is not renamed first: it is dropped under its old
     * name and created under the new one.
     */
    private static List<Trigger> renamed(List<Trigger> now, Schema desired, RenameHints hints, Set<QualifiedName> droppedTables,
                                         Set<String> touchedColumns, List<SchemaChange> changes) {
        List<Trigger> out = now;
        for (RenameHints.TriggerRename r : hints.triggers()) {
            Trigger old = find(out, r.table(), r.from());
            Trigger wanted = find(desired.triggers(), r.table(), r.to());
            if (old == null || wanted == null || find(out, r.table(), r.to()) != null
                    || find(desired.triggers(), r.table(), r.from()) != null || droppedTables.contains(r.table())
                    || old.columns().stream().anyMatch(col -> touchedColumns.contains(r.table() + "." + col))) {
                continue;
            }
            Trigger renamed = TriggerTables.named(old, r.to());
            if (renamed == null // a definition not printed as expected: dropped and created, never kept wrong
                    || !renamed.definition().equals(wanted.definition()) || !Objects.equals(renamed.function(), wanted.function())
                    || !renamed.columns().equals(wanted.columns())) {
                continue;
            }
            changes.add(new RenameTrigger(r.table(), r.from(), r.to()));
            out = out.stream().map(t -> t == old ? renamed : t).toList();
        }
        return out;
    }

    private static Trigger find(List<Trigger> triggers, QualifiedName table, String name) {
        for (Trigger t : triggers) {
            if (t.table().equals(table) && t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
