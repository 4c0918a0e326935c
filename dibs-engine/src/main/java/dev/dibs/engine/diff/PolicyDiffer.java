package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.AlterPolicy;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreatePolicy;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropPolicy;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetPolicyComment;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Row-level-security policies, matched by table and name. Those of a renamed table follow it, and
 * a renamed column is read under its new name (as PostgreSQL prints it after the rename); those
 * of a dropped table go with it. Roles and expressions change in place ({@code ALTER POLICY});
 * a new command or kind (permissive, restrictive), or an expression removed, which
 * {@code ALTER POLICY} cannot do, drops and creates the policy. A policy reading a column the plan
 * drops or retypes (PostgreSQL refuses both while the policy exists) is dropped before and created
 * again after, in the plan's transaction.
 */
final class PolicyDiffer {

    private PolicyDiffer() {
    }

    /** @param changes the changes so far: renames, dropped tables, dropped and retyped columns */
    static void diff(Schema current, Schema desired, List<SchemaChange> changes) {
        List<Policy> now = current.policies();
        Set<QualifiedName> droppedTables = new HashSet<>();
        Map<String, String> touched = new HashMap<>();
        Map<QualifiedName, String> routines = new java.util.LinkedHashMap<>(); // by name: an expression calls a name, not an overload
        for (SchemaChange c : changes) {
            if (c instanceof RenameTable r) {
                now = now.stream().map(p -> PolicyColumns.tableRenamed(p, r.from(), r.target())).toList();
            } else if (c instanceof RenameColumn r) {
                now = now.stream().map(p -> PolicyColumns.columnRenamed(p, r.table(), r.from(), r.to())).toList();
            } else if (c instanceof SchemaChange.RenameDomain r) { // an expression casting to it prints the new name
                now = now.stream().map(p -> DomainRenames.renamedIn(p, r.from(), r.target())).toList();
            } else if (c instanceof SchemaChange.RenameRoutine r) { // an expression calling it prints the new name
                var calls = RoutineRenames.calls(r.routine(), r.target());
                now = now.stream().map(p -> SchemaTexts.in(p, calls)).toList();
            } else if (c instanceof SchemaChange.RenameSequence r) { // an expression naming it prints the new name, and reads it
                now = now.stream().map(p -> SequenceRenames.renamedIn(p, r.from(), r.target())).toList();
            } else if (c instanceof DropTable d) {
                droppedTables.add(d.table().name());
                touched.put(d.table().name().toString(), "is dropped");
            } else if (c instanceof SchemaChange.DropRoutine d) { // PostgreSQL will not drop a function a policy calls
                routines.put(d.routine().name(), d.reason() != null && d.reason().startsWith("re-created")
                        ? "is dropped and created again" : "is dropped");
            } else if (c instanceof SchemaChange.DropView d) {
                touched.put(d.view().name().toString(), d.reason() == null ? "is dropped" : "is dropped and created again");
            } else if (c instanceof SchemaChange.DropMaterializedView d) {
                touched.put(d.view().name().toString(), d.reason() == null ? "is dropped" : "is dropped and created again");
            } else if (c instanceof DropColumn d) {
                touched.put(d.table() + "." + d.column().name(), "is dropped");
            } else if (c instanceof AlterColumn a && a.aspects().contains(ColumnAspect.TYPE)) {
                touched.put(a.table() + "." + a.from().name(), "changes type");
            } else if (c instanceof RecreateEnum r) {
                r.columns().forEach(ref -> touched.put(ref.table() + "." + ref.column(), "changes type"));
            }
        }
        var matched = Matching.byKey(now, desired.policies(), p -> p.table() + "." + p.name());
        // a dropped table takes its policies with it, unless one must go before: it reads something
        // the plan drops or changes, which PostgreSQL refuses under it (a routine, a view, another table)
        matched.onlyCurrent().stream().filter(p -> !droppedTables.contains(p.table()) || reason(p, touched, routines) != null)
                .forEach(p -> changes.add(new DropPolicy(p)));
        matched.onlyDesired().forEach(p -> changes.add(new CreatePolicy(p)));
        for (var pair : matched.pairs()) {
            Policy from = pair.current();
            Policy to = pair.desired();
            if (!from.alterableTo(to)) {
                changes.add(new DropPolicy(from));
                changes.add(new CreatePolicy(to));
                continue;
            }
            String reason = reason(from, touched, routines);
            if (reason != null) {
                // comes back as it was, or (without a reason: a change of who sees what) as desired
                changes.add(new DropPolicy(from, reason));
                changes.add(from.sameRule(to) ? new CreatePolicy(to, reason) : new CreatePolicy(to));
                continue;
            }
            if (!from.sameRule(to)) {
                changes.add(new AlterPolicy(from, to));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                changes.add(new SetPolicyComment(to.table(), to.name(), to.comment()));
            }
        }
    }

    /** Why a policy must go and come back around a change of what it reads, or null. */
    private static String reason(Policy p, Map<String, String> touched, Map<QualifiedName, String> routines) {
        for (QualifiedName r : p.relations()) {
            String what = touched.get(r.toString());
            if (what != null) {
                return "it reads " + r + ", which " + what;
            }
        }
        for (var u : p.uses()) {
            String what = touched.get(u.toString());
            if (what != null) {
                return "it reads column " + u + ", which " + what;
            }
        }
        for (String column : p.columns()) {
            String what = touched.get(p.table() + "." + column);
            if (what != null) {
                return "it reads column " + p.table() + "." + column + ", which " + what;
            }
        }
        for (Map.Entry<QualifiedName, String> r : routines.entrySet()) {
            if (RoutineUses.calls(p.using(), r.getKey()) || RoutineUses.calls(p.withCheck(), r.getKey())) {
                return "it calls " + r.getKey() + ", which " + r.getValue();
            }
        }
        return null;
    }
}
