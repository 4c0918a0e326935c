package dev.dibs.engine.solve;

import dev.dibs.engine.diff.RenameStage;
import dev.dibs.engine.diff.RoutineUses;
import dev.dibs.engine.diff.SchemaChange.CreateRoutine;
import dev.dibs.engine.diff.SchemaChange.DropRoutine;
import dev.dibs.engine.diff.RoutineDiffer;
import dev.dibs.engine.diff.RoutineRenames;
import dev.dibs.engine.diff.SchemaChange.RenameRoutine;
import dev.dibs.engine.diff.SchemaChange.ReplaceRoutine;
import dev.dibs.engine.diff.SchemaTexts;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.diff.SchemaChange.SetRoutineComment;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions and procedures on the virtual schema, refusing what PostgreSQL refuses: a routine whose
 * signature, result or SQL-standard body needs a table (its row type), a type or another routine
 * of the plan waits for it; a routine is not dropped while a trigger, another routine, or a check,
 * default, index, policy, trigger condition or domain check or default calls it (and those wait for
 * it: {@link #requireCalled}); and tables and types are not dropped while a routine needs them.
 */
final class RoutineSimulator {

    private RoutineSimulator() {
    }

    static void createRoutine(VirtualSchema vs, CreateRoutine c) {
        Routine r = c.routine();
        vs.requireNamespace(r.name().schema());
        // PostgreSQL's key: f(y integer) cannot be created beside f(x integer)
        if (vs.routines.containsKey(r.signature()) || vs.routines.overload(r.name(), r.argumentTypes()) != null) {
            throw new SimulationException.AlreadyExists(c.subject());
        }
        requireDependencies(vs, r);
        vs.routines.put(r.signature(), r);
    }

    static void replaceRoutine(VirtualSchema vs, ReplaceRoutine c) {
        existing(vs, c.from());
        requireDependencies(vs, c.to());
        vs.routines.put(c.to().signature(), c.to());
    }

    static void dropRoutine(VirtualSchema vs, DropRoutine c) {
        Routine r = existing(vs, c.routine());
        List<String> users = new ArrayList<>();
        for (Trigger t : vs.triggers.executing(r.signature())) {
            users.add("trigger " + t.name() + " on " + t.table());
        }
        vs.routines.using("routine " + r.signature()).forEach(o -> users.add("routine " + o.signature()));
        // the expressions name a function, not an overload: they hold it only when it is the last of its name
        boolean lastOfName = vs.routines.named(r.name()) == 1; // r itself
        if (lastOfName) {
            for (Table t : vs.allTables()) {
                RoutineUses.in(t, r.name()).forEach(u -> users.add(u.toString()));
            }
            users.addAll(expressionUsers(vs, r.name()));
        }
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation(users + " still use " + c.subject());
        }
        vs.routines.remove(r.signature());
        vs.routineDropped(r.signature());
    }

    /**
     * Renamed in place, its arguments kept: every stored call of it (expressions, views, triggers,
     * policies, SQL-standard bodies) calls the new name ({@link RoutineRenames}).
     */
    static void renameRoutine(VirtualSchema vs, RenameRoutine c) {
        Routine r = existing(vs, c.routine());
        QualifiedName to = c.target();
        String signature = RoutineRenames.signature(r, to);
        if (vs.routines.containsKey(signature) || vs.routines.overload(to, r.argumentTypes()) != null) {
            throw new SimulationException.AlreadyExists((r.procedure() ? "procedure " : "function ") + signature);
        }
        var calls = RoutineRenames.calls(r, to);
        var signatures = RoutineRenames.signatures(r, to);
        vs.routines.remove(r.signature());
        vs.rewrite(t -> SchemaTexts.in(t, calls), d -> SchemaTexts.in(d, calls), other -> RoutineRenames.renamedIn(other, r, to), calls,
                signatures);
        vs.routines.put(signature, RoutineRenames.renamedIn(r, r, to));
    }

    static void setRoutineComment(VirtualSchema vs, SetRoutineComment c) {
        Routine r = existing(vs, c.routine());
        vs.routines.put(r.signature(), r.withComment(c.comment()));
    }

    /** The policies, trigger conditions and domain checks and defaults of {@code vs} that call a function named {@code name}. */
    private static List<String> expressionUsers(VirtualSchema vs, QualifiedName name) {
        List<String> users = new ArrayList<>();
        for (Policy p : vs.policies.values()) {
            if (RoutineUses.calls(p.using(), name) || RoutineUses.calls(p.withCheck(), name)) {
                users.add("policy " + p.name() + " on " + p.table());
            }
        }
        for (Trigger t : vs.triggers.values()) {
            if (RoutineUses.conditionCalls(t, name)) {
                users.add("the condition of trigger " + t.name() + " on " + t.table());
            }
        }
        for (Domain d : vs.domains.values()) {
            d.checks().stream().filter(k -> RoutineUses.calls(k.definition(), name))
                    .forEach(k -> users.add("check " + k.name() + " of domain " + d.name()));
            if (RoutineUses.calls(d.defaultExpression(), name)) {
                users.add("the default of domain " + d.name());
            }
        }
        return users;
    }

    /**
     * Refuses an expression (a table's check, default, generated column, index or exclusion, a
     * policy's, a trigger's condition, a domain's check or default, by {@code calls}) that calls a
     * function of the plan's schemas none of whose overloads exists yet (not created yet, or dropped
     * to be created again):
     * PostgreSQL refuses it, so it waits for the function.
     */
    static void requireCalled(VirtualSchema vs, java.util.function.Predicate<QualifiedName> calls) {
        for (QualifiedName name : vs.managedRoutineNames) {
            if (vs.routines.named(name) == 0 && calls.test(name)) {
                throw new SimulationException.NotExists("function " + name);
            }
        }
        requireNoOldVersionCalled(vs, calls);
    }

    /**
     * Refuses an expression the plan adds (a table's check, default or index, a policy's, a trigger's
     * condition, a domain's check or default) that calls a function of which an old version the plan
     * drops or re-creates is still there: PostgreSQL would bind it to that version and then refuse
     * its drop.
     */
    static void requireNoOldVersionCalled(VirtualSchema vs, java.util.function.Predicate<QualifiedName> calls) {
        for (QualifiedName name : vs.goingRoutineNames) {
            if (vs.routines.named(name) == 0 || !calls.test(name)) {
                continue;
            }
            for (Routine held : vs.routines.values()) {
                if (held.name().equals(name)) {
                    Routine wanted = vs.desiredRoutines.get(held.signature());
                    if (wanted == null || RoutineDiffer.needsRecreating(held, wanted) || vs.goingNotYetDropped(held.signature())) {
                        throw new SimulationException.NotExists("function " + name + " as the desired state has it (the plan drops "
                                + held.signature() + " first)");
                    }
                }
            }
        }
    }

    /**
     * Refuses what stores results of a function (an index, a check that checks the rows, a stored
     * generated column, by {@code calls}) while a routine whose results it reflects still has the
     * body, language, strictness or settings the plan replaces ({@link VirtualSchema#resultsChanged}):
     * built now, it would hold what the old version computed, and PostgreSQL computes it again for no
     * replacement.
     */
    static void requireResultsAsDesired(VirtualSchema vs, java.util.function.Predicate<QualifiedName> calls) {
        for (var e : vs.resultsChanged.entrySet()) {
            if (!calls.test(e.getKey())) {
                continue;
            }
            for (String signature : e.getValue()) {
                Routine held = vs.routines.get(signature);
                Routine wanted = vs.desiredRoutines.get(signature);
                if (held != null && wanted != null && RoutineDiffer.resultsChange(held, wanted)) {
                    throw new SimulationException.NotExists("function " + signature + " as the desired state has it (the plan"
                            + " replaces it, and what calls it stores its results)");
                }
            }
        }
    }

    /** {@link #requireCalled} for what a table's checks, defaults, generated columns, indexes, exclusions and partition key call. */
    static void requireCalledIn(VirtualSchema vs, Table table) {
        if (!vs.managedRoutineNames.isEmpty()) {
            requireCalled(vs, n -> !RoutineUses.in(table, n).isEmpty());
        }
    }

    /**
     * Refuses to drop {@code dependency} (a table, type or column, in {@link Routine#dependsOn()}'s words)
     * while a routine needs it: PostgreSQL refuses such a drop without {@code CASCADE}, and retypes
     * no column an SQL-standard body reads.
     */
    static void requireUnused(VirtualSchema vs, String dependency) {
        List<String> users = vs.routines.using(dependency).stream().map(Routine::signature).toList();
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation("routines " + users + " still use " + dependency);
        }
    }

    /** After table {@code from} became {@code to}: the routines that name it among their dependencies say so. */
    static void tableRenamed(VirtualSchema vs, QualifiedName from, QualifiedName to) {
        for (Routine r : vs.routines.using("table " + from)) {
            vs.routines.put(r.signature(), RenameStage.tableRenamedIn(r, from, to));
        }
    }

    /** After column {@code from} of {@code table} became {@code to}: the routines whose bodies read it say so. */
    static void columnRenamed(VirtualSchema vs, QualifiedName table, String from, String to) {
        for (Routine r : vs.routines.using("column " + table + "." + from)) {
            vs.routines.put(r.signature(), RenameStage.columnRenamedIn(r, table, from, to));
        }
    }

    private static Routine existing(VirtualSchema vs, Routine routine) {
        Routine r = vs.routines.get(routine.signature());
        if (r == null) {
            throw new SimulationException.NotExists((routine.procedure() ? "procedure " : "function ") + routine.signature());
        }
        return r;
    }

    private static void requireDependencies(VirtualSchema vs, Routine r) {
        // argument defaults and an SQL-standard body are parsed at creation: their labels must exist (a quoted body's are not read)
        vs.requireEnumLabels(r.arguments());
        if (dev.dibs.engine.diff.SchemaTexts.sqlStandard(r)) {
            vs.requireEnumLabels(r.body());
        }
        for (String dependency : r.dependsOn()) {
            if (dependency.startsWith("column ")) {
                vs.requireColumnRead(dependency);
                continue;
            }
            if (dependency.startsWith("type ")) {
                vs.requireEnumAsDesired(dependency.substring("type ".length()));
            }
            if (vs.declares(dependency) && !vs.holds(dependency)) {
                throw new SimulationException.NotExists(dependency);
            }
            // a routine the plan re-creates under the same signature (another result type): a body
            // bound to the old one would keep PostgreSQL from dropping it, so the caller waits for the new
            Routine held = dependency.startsWith("routine ") ? vs.routines.get(dependency.substring("routine ".length())) : null;
            Routine wanted = held == null ? null : vs.desiredRoutines.get(held.signature());
            if (wanted != null && RoutineDiffer.needsRecreating(held, wanted)) {
                throw new SimulationException.NotExists(dependency + " as the desired state has it (the plan creates it again)");
            }
        }
    }
}
