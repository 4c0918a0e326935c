package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.CreateSchema;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropSchema;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.SetTableComment;
import dev.dibs.engine.diff.SchemaChange.SetTableLogging;
import dev.dibs.engine.diff.SchemaChange.SetTableStorage;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes the typed difference between a current and a desired schema (both normalised). Renames
 * come only from the hints; what looks like one is only suggested.
 */
public final class SchemaDiffer {

    private SchemaDiffer() {
    }

    /** As {@link #diff(Schema, Schema, RenameHints, int)} for a target whose version is not known: what every supported version can do. */
    public static Diff diff(Schema current, Schema desired, RenameHints hints) {
        return diff(current, desired, hints, 0);
    }

    /**
     * A column without a default may get one before its enum's re-creation converts it (a change
     * setting a default the old type has): the conversion drops it first, or PostgreSQL refuses to
     * cast it. (A change setting a default only the new type has waits for it: VirtualSchema#requireEnumLabels.)
     */
    private static void conversionsDropDefaultsSetBefore(List<SchemaChange> changes) {
        changes.replaceAll(c -> c instanceof SchemaChange.RecreateEnum r ? new SchemaChange.RecreateEnum(r.from(), r.to(),
                r.columns().stream().map(ref -> ref.hadDefault() || !setsADefault(changes, ref) ? ref
                        : ref.withHadDefault(true)).toList()) : c);
    }

    /**
     * A column leaving an enum the plan creates again (to {@code text}, another type), or a domain
     * over it, goes before the re-creation, which drops the old type; a new default casting to the
     * type ({@code ('d'::e)::text}) can only come after it (before, it would hold the old type, or
     * name a label only the new one has). The change is split: the column leaves the type
     * without a default (the old one would keep the old type), then takes its default.
     */
    private static void leavingColumnsTakeNewLabelsAfter(List<SchemaChange> changes, Schema now) {
        List<SchemaChange.RecreateEnum> recreated = changes.stream().filter(SchemaChange.RecreateEnum.class::isInstance)
                .map(SchemaChange.RecreateEnum.class::cast).toList();
        if (recreated.isEmpty()) {
            return;
        }
        for (int i = 0; i < changes.size(); i++) {
            if (!(changes.get(i) instanceof SchemaChange.AlterColumn a) || !a.aspects().contains(SchemaChange.ColumnAspect.TYPE)
                    || !a.aspects().contains(SchemaChange.ColumnAspect.DEFAULT) || a.to().defaultExpression() == null
                    || a.from().type().isBuiltin()) {
                continue;
            }
            QualifiedName from = new QualifiedName(a.from().type().schema(), a.from().type().name());
            PgType toType = a.to().type();
            boolean leaves = toType.isBuiltin() || !from.equals(new QualifiedName(toType.schema(), toType.name()));
            var casts = EnumLiterals.castTypes(a.to().defaultExpression());
            // of the type, or of a domain over it (which the plan drops: PostgreSQL cannot move one to the new type)
            boolean castsTheNewType = leaves && recreated.stream().anyMatch(r -> casts.contains(r.to().name())
                    && (r.from().name().equals(from) || EnumDiffer.overEnum(a.from().type(), r.from().name(), now)));
            if (!castsTheNewType) {
                continue;
            }
            Column left = a.to().withDefault(null);
            java.util.EnumSet<SchemaChange.ColumnAspect> aspects = java.util.EnumSet.copyOf(a.aspects());
            if (a.from().defaultExpression() == null) {
                aspects.remove(SchemaChange.ColumnAspect.DEFAULT);
            }
            changes.set(i, new SchemaChange.AlterColumn(a.table(), a.from(), left, aspects));
            changes.add(i + 1, new SchemaChange.AlterColumn(a.table(), left, a.to(), java.util.EnumSet.of(SchemaChange.ColumnAspect.DEFAULT)));
            i++;
        }
    }

    private static boolean setsADefault(List<SchemaChange> changes, SchemaChange.ColumnRef ref) {
        return changes.stream().anyMatch(c -> c instanceof SchemaChange.AlterColumn a && a.table().equals(ref.table())
                && a.to().name().equals(ref.column()) && a.aspects().contains(SchemaChange.ColumnAspect.DEFAULT)
                && a.to().defaultExpression() != null);
    }

    /**
     * An enum type created again converts none of the columns the plan drops — also those it adds back
     * (a generated column re-created): they go before, so rows holding a removed label do not stop it.
     */
    private static void withoutDroppedColumns(List<SchemaChange> changes) {
        java.util.Set<String> dropped = new java.util.HashSet<>();
        changes.stream().filter(SchemaChange.DropColumn.class::isInstance).map(SchemaChange.DropColumn.class::cast)
                .forEach(d -> dropped.add(d.table() + "." + d.column().name()));
        if (dropped.isEmpty()) {
            return;
        }
        changes.replaceAll(c -> c instanceof SchemaChange.RecreateEnum r
                ? new SchemaChange.RecreateEnum(r.from(), r.to(), r.columns().stream()
                        .filter(ref -> !dropped.contains(ref.table() + "." + ref.column())).toList())
                : c);
    }

    /**
     * @param targetMajor the major version of the PostgreSQL the plan is for (0 when unknown): where
     *                    a newer version changes in place what an older one drops and creates
     *                    (an operator's commutator, negator, {@code HASHES}, {@code MERGES})
     */
    public static Diff diff(Schema current, Schema desired, RenameHints hints, int targetMajor) {
        List<SchemaChange> changes = new ArrayList<>();
        var matchedSchemas = Matching.byKey(current.namespaces(), desired.namespaces(), s -> s);
        matchedSchemas.onlyDesired().forEach(s -> changes.add(new CreateSchema(s)));

        RenameStage.Result renamed = RenameStage.apply(current, desired, hints);
        changes.addAll(renamed.changes());
        Schema now = renamed.renamedCurrent();

        ExtensionDiffer.diff(now, desired, changes);
        CollationDiffer.diff(now, desired, changes);
        EnumDiffer.diff(now, desired, hints, changes);
        DomainDiffer.diff(now, desired, changes);
        var tables = Matching.byKey(now.tables(), desired.tables(), Table::name);
        for (Table t : tables.onlyCurrent()) {
            // Its own keys go first, so tables referencing each other can be dropped; its indexes,
            // checks and exclusion constraints go with it, but one calling a function that takes
            // the table's row type (which the plan then drops or re-creates) goes first: neither
            // the function nor the table could go before the other.
            t.foreignKeys().forEach(fk -> changes.add(new DropForeignKey(t.name(), fk)));
            java.util.Set<String> calling = new java.util.HashSet<>();
            goingRoutinesTaking(t.name(), now, desired).forEach(n -> RoutineUses.in(t, n).forEach(u -> calling.add(u.kind() + " " + u.name())));
            t.indexes().stream().filter(i -> calling.contains(RoutineUses.Kind.INDEX + " " + i.name()))
                    .forEach(i -> changes.add(new DropIndex(t.name(), i)));
            t.checks().stream().filter(k -> calling.contains(RoutineUses.Kind.CHECK + " " + k.name()))
                    .forEach(k -> changes.add(new SchemaChange.DropCheck(t.name(), k)));
            t.exclusions().stream().filter(x -> calling.contains(RoutineUses.Kind.EXCLUSION + " " + x.name()))
                    .forEach(x -> changes.add(new SchemaChange.DropExclusion(t.name(), x)));
            changes.add(new DropTable(t));
        }
        java.util.Map<QualifiedName, Table> desiredByName = new java.util.HashMap<>();
        desired.tables().forEach(t -> desiredByName.put(t.name(), t));
        for (Table t : tables.onlyDesired()) {
            // a check or exclusion constraint calling a function that takes the table's row type is
            // added after the table: created with it, it would wait for the function, which waits for the table
            java.util.Set<String> calling = new java.util.HashSet<>();
            routinesTaking(t.name(), desired).forEach(n -> RoutineUses.in(t, n).forEach(u -> calling.add(u.kind() + " " + u.name())));
            List<dev.dibs.engine.model.Check> later = t.checks().stream()
                    .filter(k -> calling.contains(RoutineUses.Kind.CHECK + " " + k.name())).toList();
            List<dev.dibs.engine.model.Exclusion> laterExclusions = t.exclusions().stream()
                    .filter(x -> calling.contains(RoutineUses.Kind.EXCLUSION + " " + x.name())).toList();
            changes.add(new AddTable(t.withChecks(t.checks().stream().filter(k -> !later.contains(k)).toList())
                    .withExclusions(t.exclusions().stream().filter(x -> !laterExclusions.contains(x)).toList()),
                    List.copyOf(Inheritance.givenByParents(t, desiredByName))));
            t.options().partitionsParentsFirst().forEach(p -> changes.add(new SchemaChange.AddPartition(t.name(), p, false,
                    PartitionDiffer.statistics(t))));
            t.indexes().forEach(i -> changes.add(new AddIndex(t.name(), i)));
            t.foreignKeys().forEach(fk -> changes.add(new AddForeignKey(t.name(), fk)));
            later.forEach(k -> changes.add(new SchemaChange.AddCheck(t.name(), k)));
            laterExclusions.forEach(x -> changes.add(new SchemaChange.AddExclusion(t.name(), x)));
        }
        var regenerated = RoutineDiffer.regenerated(now, desired);
        // an inheritance child as its parents' changes leave it: those PostgreSQL carries down are not the child's to make
        java.util.Map<QualifiedName, Table> expected = new java.util.HashMap<>();
        for (var pair : tables.pairs()) {
            expected.put(pair.current().name(), InheritanceDiffer.expected(pair.current(), pair.desired(), now, desired));
        }
        for (var pair : tables.pairs()) {
            PartitionDiffer.diff(pair.current(), pair.desired(), changes); // first: a key change refuses the whole plan
            ColumnDiffer.diff(expected.get(pair.current().name()), pair.desired(), changes,
                    regenerated.or(EnumDependents.regenerated(pair.current(), changes)));
            InheritanceDiffer.diff(pair.current(), pair.desired(), now, desired, changes);
        }
        InheritanceDiffer.withoutAddsParentsMake(changes, now, desired);
        InheritanceDiffer.refuseIdentitiesAddedToParents(changes, now, desired);
        withoutDroppedColumns(changes);
        InheritanceDiffer.defaultsOffDroppedSequences(changes, now);
        java.util.Set<String> retyped = new java.util.HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AlterColumn a && a.aspects().contains(SchemaChange.ColumnAspect.TYPE)) {
                retyped.add(a.table() + "." + a.to().name());
            } else if (c instanceof SchemaChange.RecreateEnum r) {
                // converted to the new type one by one: a key between two of them would compare the old type with the new
                r.columns().forEach(ref -> retyped.add(ref.table() + "." + ref.column()));
            }
        }
        PartitionDiffer.refuseRetypedKeyColumns(now, changes);
        InheritanceDiffer.refuseSharedCopies(changes, now, desired);
        for (var pair : tables.pairs()) {
            Table t = pair.current();
            ConstraintDiffer.diff(expected.get(t.name()), pair.desired(), fk -> fk.columns().stream().anyMatch(c -> retyped.contains(t.name() + "." + c))
                    || fk.referencedColumns().stream().anyMatch(c -> retyped.contains(fk.referencedTable() + "." + c)), changes);
            TableOptions currentOptions = pair.current().options();
            TableOptions desiredOptions = pair.desired().options();
            if (currentOptions.unlogged() != desiredOptions.unlogged()) {
                changes.add(new SetTableLogging(pair.desired().name(), desiredOptions.unlogged()));
            }
            if (!currentOptions.storage().equals(desiredOptions.storage())) {
                changes.add(new SetTableStorage(pair.desired().name(), currentOptions.storage(), desiredOptions.storage()));
            }
            if (!Objects.equals(pair.current().comment(), pair.desired().comment())) {
                changes.add(new SetTableComment(pair.desired().name(), pair.desired().comment()));
            }
            rowSecurity(pair.current(), pair.desired(), changes);
        }
        // a column dropped and added back (a re-created generated column) takes its keys, checks and indexes along
        ColumnDependents.add(now.tables(), desired.tables(), changes);
        // a key the plan drops takes the foreign keys bound to it along: they go and come back
        DependentForeignKeys.add(now, desired, changes);
        // a check or index naming an enum type the plan re-creates goes before it and comes back after
        // (inheritance children as their parents' changes leave them: a default a parent's retype replaces is not the child's)
        EnumDependents.add(now.tables().stream().map(t -> expected.getOrDefault(t.name(), t)).toList(), desired.tables(), changes);
        // the children's columns a parent's ALTER COLUMN … TYPE retypes with its own: stand-ins while the
        // triggers, routines, views and policies reading them make way, taken out again after
        List<SchemaChange> carried = InheritanceDiffer.carriedRetypes(changes, now, expected);
        java.util.Set<SchemaChange> beforeCarried = InheritanceDiffer.with(changes, carried);
        // after every table and column change: a trigger follows its table's renames and drops, and
        // makes way for a column it uses
        TriggerDiffer.diff(current, desired, hints, changes);
        RoutineDiffer.diff(now, desired, changes);
        InheritanceDiffer.without(changes, carried, beforeCarried);
        conversionsDropDefaultsSetBefore(changes); // after the routines: they may split a default change in two
        EnumRings.throughText(changes, desired); // columns moving in a ring between re-created types: before the next split
        leavingColumnsTakeNewLabelsAfter(changes, now); // likewise
        OperatorDiffer.diff(now, desired, targetMajor, changes); // after the routines: one re-created takes its operators around it
        beforeCarried = InheritanceDiffer.with(changes, carried);
        ViewDiffer.diff(now, desired, changes); // after every table and column change: a view makes way for those it reads
        // after every table and column change: a policy follows its table's renames and drops, and makes way for a column it reads
        PolicyDiffer.diff(current, desired, changes);
        InheritanceDiffer.without(changes, carried, beforeCarried);
        // after the triggers, policies and domains: what casts to a re-created enum goes around it
        // (an inheritance child as its parents' changes leave it: a default a parent's change replaces is not the child's to take around)
        EnumCasts.around(now.withTables(now.tables().stream().map(t -> expected.getOrDefault(t.name(), t)).toList()), desired, changes);
        // after every differ that drops a check around something: the children's merged copies go with it
        InheritanceDiffer.mergedCopiesFollow(changes, now, desired);
        InheritanceDiffer.partsOffDroppedChildren(changes, now); // after them: a copy one of them drops already is left alone
        SequenceDiffer.diff(now, desired, renamed.changes(), changes); // last: it may take the sequence aspect off a column's change
        matchedSchemas.onlyCurrent().forEach(s -> changes.add(new DropSchema(s)));
        DomainArrays.refuse(now, desired, changes); // after every change that checks a domain's values again
        PartitionDiffer.detachWhereReferenced(now, changes); // once every foreign key the plan drops is known
        return new Diff(changes, RenameSuggester.suggest(tables.onlyCurrent(), tables.onlyDesired(), changes));
    }

    /** {@code ENABLE}/{@code FORCE ROW LEVEL SECURITY} of a table on both sides. */
    private static void rowSecurity(Table current, Table desired, List<SchemaChange> changes) {
        var from = current.options();
        var to = desired.options();
        if (from.rowSecurity() != to.rowSecurity() || from.forceRowSecurity() != to.forceRowSecurity()) {
            changes.add(new SchemaChange.SetRowSecurity(desired.name(), from.rowSecurity(), from.forceRowSecurity(),
                    to.rowSecurity(), to.forceRowSecurity()));
        }
    }

    /** The names of {@code schema}'s routines that take {@code table}'s row type (or read the table). */
    private static java.util.Set<QualifiedName> routinesTaking(QualifiedName table, Schema schema) {
        java.util.Set<QualifiedName> out = new java.util.LinkedHashSet<>();
        schema.routines().stream().filter(r -> r.dependsOn().contains("table " + table)).forEach(r -> out.add(r.name()));
        return out;
    }

    /** The names of the current routines that take {@code table}'s row type (or read it) and that the plan drops or creates again. */
    private static java.util.Set<QualifiedName> goingRoutinesTaking(QualifiedName table, Schema now, Schema desired) {
        java.util.Set<QualifiedName> out = new java.util.LinkedHashSet<>();
        for (Routine r : now.routines()) {
            if (!r.dependsOn().contains("table " + table)) {
                continue;
            }
            Routine wanted = desired.routines().stream().filter(w -> w.signature().equals(r.signature())).findFirst().orElse(null);
            if (wanted == null || RoutineDiffer.needsRecreating(r, wanted)) {
                out.add(r.name());
            }
        }
        return out;
    }
}
