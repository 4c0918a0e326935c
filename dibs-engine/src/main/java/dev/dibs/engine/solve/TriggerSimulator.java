package dev.dibs.engine.solve;

import dev.dibs.engine.diff.RoutineUses;
import dev.dibs.engine.diff.SchemaChange.CreateTrigger;
import dev.dibs.engine.diff.SchemaChange.DropTrigger;
import dev.dibs.engine.diff.SchemaChange.RenameTrigger;
import dev.dibs.engine.diff.SchemaChange.SetTriggerComment;
import dev.dibs.engine.diff.SchemaChange.SetTriggerEnabled;
import dev.dibs.engine.diff.TriggerTables;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulation of trigger changes, and of what table changes do to triggers: a dropped table takes
 * its triggers along, a renamed one keeps them, and a column a trigger uses cannot be dropped or
 * retyped while the trigger exists.
 */
final class TriggerSimulator {

    private TriggerSimulator() {
    }

    /**
     * Needs its table, the columns it names, and its function when that is a function dibs manages
     * (one of either side's routines); any other function (built in, an extension's, one dibs does
     * not manage) is taken as given, and PostgreSQL says so when it is missing.
     */
    static void createTrigger(VirtualSchema vs, CreateTrigger c) {
        Trigger t = c.trigger();
        String key = VirtualSchema.triggerKey(t.table(), t.name());
        if (vs.triggers.containsKey(key)) {
            throw new SimulationException.AlreadyExists("trigger " + t.name() + " on " + t.table());
        }
        if (!vs.views.containsKey(t.table())) { // on a view (INSTEAD OF, or statement-level): no column of a table to need
            vs.requireColumns(vs.table(t.table()), t.columns());
            // created before a retyping of a column of its UPDATE OF or WHEN, it would stop it (PostgreSQL refuses that ALTER TYPE)
            t.columns().forEach(column -> vs.requireDesiredType(t.table(), column));
        }
        if (t.function() != null && vs.managedRoutines.contains(t.function()) && !vs.routines.containsKey(t.function())) {
            throw new SimulationException.NotExists("function " + t.function());
        }
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.conditionCalls(t, n));
        vs.requireEnumLabels(t.definition()); // its WHEN condition
        vs.triggers.put(key, t);
    }

    static void dropTrigger(VirtualSchema vs, DropTrigger c) {
        trigger(vs, c.trigger().table(), c.trigger().name());
        vs.triggers.remove(VirtualSchema.triggerKey(c.trigger().table(), c.trigger().name()));
    }

    /** The change says what it switches from: a plan made for another state than the trigger's is refused. */
    static void setTriggerEnabled(VirtualSchema vs, SetTriggerEnabled c) {
        Trigger t = trigger(vs, c.table(), c.trigger());
        if (!c.from().equals(t.enabled())) {
            throw new SimulationException.NotExists("trigger " + c.trigger() + " on " + c.table() + " in state " + c.from()
                    + " (it is " + t.enabled() + ")");
        }
        vs.triggers.put(VirtualSchema.triggerKey(c.table(), c.trigger()), t.withEnabled(c.to()));
    }

    static void setTriggerComment(VirtualSchema vs, SetTriggerComment c) {
        Trigger t = trigger(vs, c.table(), c.trigger());
        vs.triggers.put(VirtualSchema.triggerKey(c.table(), c.trigger()), t.withComment(c.comment()));
    }

    /** The same trigger under another name, its definition printed with it. */
    static void renameTrigger(VirtualSchema vs, RenameTrigger c) {
        Trigger t = trigger(vs, c.table(), c.from());
        if (vs.triggers.containsKey(VirtualSchema.triggerKey(c.table(), c.to()))) {
            throw new SimulationException.AlreadyExists("trigger " + c.to() + " on " + c.table());
        }
        Trigger renamed = TriggerTables.named(t, c.to());
        if (renamed == null) {
            throw new IllegalStateException("dibs bug: trigger " + c.from() + " on " + c.table() + " was planned renamed, but its"
                    + " definition does not start with its name: " + t.definition());
        }
        vs.triggers.remove(VirtualSchema.triggerKey(c.table(), c.from()));
        vs.triggers.put(VirtualSchema.triggerKey(c.table(), c.to()), renamed);
    }

    /** {@code DROP TABLE} and {@code DROP VIEW} drop the relation's triggers with it. */
    static void tableDropped(VirtualSchema vs, QualifiedName table) {
        vs.triggers.on(table).forEach(t -> vs.triggers.remove(VirtualSchema.triggerKey(t.table(), t.name())));
    }

    /** The triggers of a renamed table stay on it, printed with its new name. */
    static void tableRenamed(VirtualSchema vs, QualifiedName from, QualifiedName to) {
        List<Trigger> moved = new ArrayList<>();
        for (Trigger t : vs.triggers.on(from)) {
            moved.add(TriggerTables.renamed(t, from, to));
            vs.triggers.remove(VirtualSchema.triggerKey(t.table(), t.name()));
        }
        moved.forEach(t -> vs.triggers.put(VirtualSchema.triggerKey(t.table(), t.name()), t));
    }

    /**
     * PostgreSQL refuses to drop ("other objects depend on it") or retype ("cannot alter type of a
     * column used in a trigger definition") a column that a trigger's {@code UPDATE OF} or
     * {@code WHEN} uses: the trigger has to go first.
     */
    static void requireNoTriggerUses(VirtualSchema vs, QualifiedName table, String column) {
        List<String> users = vs.triggers.on(table).stream()
                .filter(t -> t.columns().contains(column)).map(Trigger::name).toList();
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation("column " + table + "." + column + " is still used by trigger"
                    + (users.size() == 1 ? " " : "s ") + String.join(", ", users));
        }
    }

    /**
     * For dropping a function: PostgreSQL refuses while a trigger executes it. The simulation of a
     * routine drop (or of a drop-and-create of one) must call this, so that the triggers using the
     * function are dropped before it and created again after.
     */
    static void requireNoTriggerExecutes(VirtualSchema vs, String signature) {
        List<String> users = vs.triggers.executing(signature).stream()
                .map(t -> t.table() + "." + t.name()).toList();
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation("function " + signature + " is still executed by trigger"
                    + (users.size() == 1 ? " " : "s ") + String.join(", ", users));
        }
    }

    private static Trigger trigger(VirtualSchema vs, QualifiedName table, String name) {
        Trigger t = vs.triggers.get(VirtualSchema.triggerKey(table, name));
        if (t == null) {
            throw new SimulationException.NotExists("trigger " + name + " on " + table);
        }
        return t;
    }
}
