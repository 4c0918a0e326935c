package dev.dibs.engine.solve;

import dev.dibs.engine.diff.PolicyColumns;
import dev.dibs.engine.diff.RoutineUses;
import dev.dibs.engine.diff.SchemaChange.AlterPolicy;
import dev.dibs.engine.diff.SchemaChange.CreatePolicy;
import dev.dibs.engine.diff.SchemaChange.DropPolicy;
import dev.dibs.engine.diff.SchemaChange.SetPolicyComment;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Simulation of row-level-security policy changes, and of what table changes do to policies: a
 * dropped table takes its policies along, a renamed table or column keeps them, and a column a
 * policy reads cannot be dropped ("other objects depend on it") or retyped ("cannot alter type of
 * a column used in a policy definition") while the policy exists.
 */
final class PolicySimulator {

    private PolicySimulator() {
    }

    /** Needs its table and the columns it reads. */
    static void createPolicy(VirtualSchema vs, CreatePolicy c) {
        Policy p = c.policy();
        Table table = vs.table(p.table());
        String key = VirtualSchema.policyKey(p.table(), p.name());
        if (vs.policies.containsKey(key)) {
            throw new SimulationException.AlreadyExists("policy " + p.name() + " on " + p.table());
        }
        vs.requireColumns(table, p.columns());
        requireReadable(vs, p);
        requireDesiredTypes(vs, p);
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(p.using(), n) || RoutineUses.calls(p.withCheck(), n));
        vs.requireEnumLabels(p.using());
        vs.requireEnumLabels(p.withCheck());
        vs.policies.put(key, p);
    }

    /** Its new expressions' columns must exist. */
    static void alterPolicy(VirtualSchema vs, AlterPolicy c) {
        Policy p = policy(vs, c.from().table(), c.from().name());
        vs.requireColumns(vs.table(p.table()), c.to().columns());
        requireReadable(vs, c.to());
        requireDesiredTypes(vs, c.to()); // a column it starts reading, as a new policy's
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(c.to().using(), n) || RoutineUses.calls(c.to().withCheck(), n));
        vs.requireEnumLabels(c.to().using());
        vs.requireEnumLabels(c.to().withCheck());
        vs.policies.put(VirtualSchema.policyKey(p.table(), p.name()), p.altered(c.to()));
    }

    static void dropPolicy(VirtualSchema vs, DropPolicy c) {
        policy(vs, c.policy().table(), c.policy().name());
        vs.policies.remove(VirtualSchema.policyKey(c.policy().table(), c.policy().name()));
    }

    static void setPolicyComment(VirtualSchema vs, SetPolicyComment c) {
        Policy p = policy(vs, c.table(), c.policy());
        vs.policies.put(VirtualSchema.policyKey(c.table(), c.policy()), p.withComment(c.comment()));
    }

    /** {@code DROP TABLE} drops the table's policies with it. */
    static void tableDropped(VirtualSchema vs, QualifiedName table) {
        vs.policies.values().removeIf(p -> p.table().equals(table));
    }

    /** The policies of a renamed table stay on it. */
    static void tableRenamed(VirtualSchema vs, QualifiedName from, QualifiedName to) {
        List<Policy> moved = new ArrayList<>();
        for (var it = vs.policies.values().iterator(); it.hasNext(); ) {
            Policy p = it.next();
            if (p.table().equals(from)) {
                moved.add(p.withTable(to));
                it.remove();
            }
        }
        moved.forEach(p -> vs.policies.put(VirtualSchema.policyKey(p.table(), p.name()), p));
        vs.policies.replaceAll((key, p) -> PolicyColumns.tableRenamed(p, from, to));
    }

    /** A renamed column stays read by the policies reading it, under its new name. */
    static void columnRenamed(VirtualSchema vs, QualifiedName table, String from, String to) {
        vs.policies.replaceAll((key, p) -> PolicyColumns.columnRenamed(p, table, from, to));
    }

    /** PostgreSQL refuses to drop or retype a column a policy reads: the policy has to go first. */
    static void requireNoPolicyReads(VirtualSchema vs, QualifiedName table, String column) {
        List<String> readers = vs.policies.values().stream()
                .filter(p -> p.table().equals(table) && p.columns().contains(column)
                        || p.uses().contains(new RelationColumn(table, column)))
                .map(p -> p.table().equals(table) ? p.name() : p.name() + " on " + p.table()).toList();
        if (!readers.isEmpty()) {
            throw new SimulationException.DependencyViolation("column " + table + "." + column + " is still read by polic"
                    + (readers.size() == 1 ? "y " : "ies ") + String.join(", ", readers));
        }
    }

    /**
     * PostgreSQL refuses to drop a table, view or materialized view that another table's policy
     * reads (its own policies go with a dropped table): the policy has to go first.
     */
    static void requireRelationNotRead(VirtualSchema vs, QualifiedName relation) {
        List<String> readers = vs.policies.values().stream().filter(p -> p.relations().contains(relation))
                .map(p -> p.name() + " on " + p.table()).toList();
        if (!readers.isEmpty()) {
            throw new SimulationException.DependencyViolation(relation + " is still read by polic"
                    + (readers.size() == 1 ? "y " : "ies ") + String.join(", ", readers));
        }
    }

    /** Created (or altered to read a column) before a retyping of a column it reads, it would stop it: PostgreSQL refuses that ALTER TYPE. */
    private static void requireDesiredTypes(VirtualSchema vs, Policy p) {
        p.columns().forEach(column -> vs.requireDesiredType(p.table(), column));
        p.uses().forEach(u -> vs.requireDesiredType(u.relation(), u.column()));
    }

    /** What a policy reads besides its table must exist when dibs manages it; anything else is taken as given. */
    private static void requireReadable(VirtualSchema vs, Policy p) {
        for (QualifiedName r : p.relations()) {
            boolean exists = vs.hasTable(r) || vs.views.containsKey(r) || vs.materializedViews.containsKey(r);
            if (vs.managedRelations.contains(r) && !exists) {
                throw new SimulationException.NotExists("relation " + r);
            }
        }
        for (RelationColumn u : p.uses()) {
            if (vs.hasTable(u.relation())) {
                vs.column(vs.table(u.relation()), u.column());
            }
        }
    }

    private static Policy policy(VirtualSchema vs, QualifiedName table, String name) {
        Policy p = vs.policies.get(VirtualSchema.policyKey(table, name));
        if (p == null) {
            throw new SimulationException.NotExists("policy " + name + " on " + table);
        }
        return p;
    }
}
