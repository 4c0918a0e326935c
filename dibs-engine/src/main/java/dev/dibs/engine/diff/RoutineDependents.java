package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddDomainCheck;
import dev.dibs.engine.diff.SchemaChange.AddExclusion;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateDomain;
import dev.dibs.engine.diff.SchemaChange.CreateTrigger;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomainCheck;
import dev.dibs.engine.diff.SchemaChange.DropExclusion;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropTrigger;
import dev.dibs.engine.diff.SchemaChange.RecreateDomain;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.RenameIndex;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.RenameTrigger;
import dev.dibs.engine.diff.SchemaChange.SetDomainDefault;
import dev.dibs.engine.diff.SchemaChange.SetTriggerComment;
import dev.dibs.engine.diff.SchemaChange.SetTriggerEnabled;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What calls a routine the plan drops (or drops to create again) and stays in the desired schema:
 * PostgreSQL refuses {@code DROP FUNCTION} while a check, a column default, an index, a trigger's
 * condition or a domain's check or default uses it, so each of those is dropped before and added
 * back after, with the existing change kinds (policies: {@link PolicyDiffer}). A use
 * the plan already drops (a changed check, a dropped index, a default changed to something else)
 * needs nothing more. A generated column calling it is re-created around it by the column differ
 * ({@link RoutineDiffer#regenerated}): PostgreSQL cannot take a generation expression off and put it back.
 */
final class RoutineDependents {

    private RoutineDependents() {
    }

    /** The uses of {@code routine}'s name: dropped before it ({@code drops}) and added back after ({@code adds}). */
    record Around(QualifiedName routine, List<SchemaChange> drops, List<SchemaChange> adds) {
    }

    /** What holds a function's results: its entries, or rows checked with it ({@link #rebuilt}). */
    private static final Set<RoutineUses.Kind> STORED = java.util.EnumSet.of(RoutineUses.Kind.CHECK, RoutineUses.Kind.INDEX,
            RoutineUses.Kind.EXCLUSION);

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
                        around(k.current(), k.desired(), desired, routine, use, changes, drops, adds);
                    }
                }
            }
            triggersAround(current, desired, routine, changes, seen, drops, adds);
            domainsAround(current, desired, routine, changes, seen, drops, adds);
            if (!drops.isEmpty() || !adds.isEmpty()) {
                out.add(new Around(routine, drops, adds));
            }
        }
        return out;
    }

    /**
     * What holds results of a routine the plan replaces in place with other results ({@code names}:
     * {@link RoutineDiffer#resultsChanged}) and stays: an index's or an exclusion constraint's entries,
     * a table check or a domain check PostgreSQL checked rows with — calling it by name or through an
     * operator whose function it is. Each is dropped and added back (unless the plan already does),
     * the addition after the replacement (the simulation waits for it), so the index is built and the
     * rows checked with the new body. Stored generated columns are re-created by the column differ.
     */
    static List<Around> rebuilt(Schema current, Schema desired, Set<QualifiedName> names, List<SchemaChange> changes) {
        List<Around> out = new ArrayList<>();
        if (names.isEmpty()) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (QualifiedName routine : names) {
            java.util.function.Predicate<String> calls = OperatorUses.callsAny(current, Set.of(routine));
            List<SchemaChange> drops = new ArrayList<>();
            List<SchemaChange> adds = new ArrayList<>();
            for (Table t : current.tables()) {
                Table d = desired.table(t.name()).orElse(null);
                for (RoutineUses.Use use : d == null ? List.<RoutineUses.Use>of() : RoutineUses.in(t, calls)) {
                    if (STORED.contains(use.kind()) && seen.add(use.toString())) {
                        around(t, d, desired, routine, use, changes, drops, adds);
                    }
                }
            }
            for (Domain d : current.domains()) {
                Domain wanted = desired.domains().stream().filter(w -> w.name().equals(d.name())).findFirst().orElse(null);
                // PostgreSQL validates no check of a domain array columns use (it refuses to alter the type): left as it is
                if (wanted != null && !recreated(d, changes) && DomainArrays.kept(current, desired, d.name()).isEmpty()) {
                    domainChecksAround(d, wanted, calls, "it calls " + routine + ", whose results the plan changes: every value"
                            + " of the domain is checked again", changes, seen, drops, adds);
                }
            }
            if (!drops.isEmpty() || !adds.isEmpty()) {
                out.add(new Around(routine, drops, adds));
            }
        }
        return out;
    }

    /**
     * Whether a column's change must wait for a type the plan creates again (an enum that loses or
     * reorders labels, a domain over another base type): it retypes the column to that type, or to a
     * domain of the desired state over it, or sets a default casting a label only the new enum has.
     * That type may wait for the routine (the routine takes the old type), so the change's default part
     * cannot go with it before the routine.
     */
    private static boolean waitsForARecreatedType(AlterColumn planned, List<SchemaChange> changes, Schema desired) {
        PgType type = planned.to().type();
        var labels = planned.aspects().contains(ColumnAspect.DEFAULT) ? EnumLiterals.in(planned.to().defaultExpression())
                : java.util.Map.<QualifiedName, java.util.Set<String>>of();
        for (SchemaChange c : changes) {
            QualifiedName name = c instanceof RecreateEnum r ? r.to().name() : c instanceof RecreateDomain d ? d.to().name() : null;
            if (name == null) {
                continue;
            }
            boolean retyped = planned.aspects().contains(ColumnAspect.TYPE) && !type.isBuiltin()
                    && (name.equals(new QualifiedName(type.schema(), type.name())) || EnumDiffer.overEnum(type, name, desired));
            boolean newLabel = c instanceof RecreateEnum r && labels.getOrDefault(name, java.util.Set.of()).stream()
                    .anyMatch(l -> !r.from().labels().contains(l));
            if (retyped || newLabel) {
                return true;
            }
        }
        return false;
    }

    private static boolean recreated(Domain d, List<SchemaChange> changes) {
        return changes.stream().anyMatch(c -> c instanceof RecreateDomain r && r.from().name().equals(d.name())
                || c instanceof DropDomain x && x.domain().name().equals(d.name()));
    }

    /** Each check of {@code d} calling {@code routine} that the plan neither drops nor changes: dropped, and added back as {@code wanted} has it. */
    private static void domainChecksAround(Domain d, Domain wanted, java.util.function.Predicate<String> calls, String reason,
                                           List<SchemaChange> changes, Set<String> seen, List<SchemaChange> drops, List<SchemaChange> adds) {
        for (DomainCheck k : d.checks()) {
            if (!calls.test(k.definition()) || !seen.add("domain check " + d.name() + "." + k.name())) {
                continue;
            }
            boolean dropped = changes.stream().anyMatch(c -> c instanceof DropDomainCheck x && x.domain().equals(d.name())
                    && x.check().name().equals(k.name()));
            var again = wanted.checks().stream().filter(w -> w.name().equals(k.name())).findFirst();
            if (!dropped && again.isPresent()) {
                drops.add(new DropDomainCheck(d.name(), k));
                adds.add(new AddDomainCheck(d.name(), again.get(), reason));
            }
        }
    }

    /**
     * A trigger the plan keeps whose condition ({@code WHEN}) calls the routine: PostgreSQL refuses the
     * routine's drop while it exists, so it goes before and comes back after (unless the plan drops it
     * anyway, its definition changed).
     */
    private static void triggersAround(Schema current, Schema desired, QualifiedName routine, List<SchemaChange> changes,
                                       Set<String> seen, List<SchemaChange> drops, List<SchemaChange> adds) {
        if (desired.triggers().isEmpty()) {
            return; // none to keep (dropping every table: their triggers go with them)
        }
        for (Trigger t : current.triggers()) {
            if (!RoutineUses.conditionCalls(t, routine) || !seen.add("trigger " + t.table() + "." + t.name())) {
                continue;
            }
            // the trigger as the desired state names it: its table and itself perhaps renamed by hints
            // (the renames run after the drop below: it drops it under its names on the database)
            QualifiedName table = t.table();
            for (SchemaChange c : changes) {
                if (c instanceof RenameTable r && r.from().equals(t.table())) {
                    table = r.target();
                }
            }
            String name = t.name();
            RenameTrigger rename = null;
            for (SchemaChange c : changes) {
                if (c instanceof RenameTrigger r && r.table().equals(table) && r.from().equals(t.name())) {
                    rename = r;
                    name = r.to();
                }
            }
            QualifiedName onTable = table;
            String named = name;
            // dropped or created by the plan anyway (its definition changed, its table or view goes)
            boolean planned = changes.stream().anyMatch(c -> c instanceof DropTrigger d && same(d.trigger(), t.table(), t.name())
                    || c instanceof CreateTrigger n && same(n.trigger(), onTable, named));
            Trigger wanted = desired.triggers().stream().filter(d -> same(d, onTable, named)).findFirst().orElse(null);
            if (!planned && wanted != null) {
                String reason = "its condition calls " + routine + ", which PostgreSQL will not drop while the trigger exists";
                // created as desired, under its new name, with its state and comment: what else the plan had for it goes
                RenameTrigger renamed = rename;
                changes.removeIf(c -> c == renamed
                        || c instanceof SetTriggerEnabled e && e.table().equals(onTable) && e.trigger().equals(named)
                        || c instanceof SetTriggerComment k && k.table().equals(onTable) && k.trigger().equals(named));
                drops.add(new DropTrigger(t, reason));
                adds.add(new CreateTrigger(wanted, reason));
            }
        }
    }

    /** Whether a column of {@code schema} is of domain {@code name}, or of an array of it. */
    private static boolean usedByAColumn(Schema schema, QualifiedName name) {
        return schema.tables().stream().flatMap(t -> t.columns().stream()).map(Column::type)
                .anyMatch(type -> !type.isBuiltin() && name.equals(new QualifiedName(type.schema(), type.name())));
    }

    /** Whether a check or the default of {@code d} calls {@code routine}. */
    private static boolean calls(Domain d, QualifiedName routine) {
        return RoutineUses.calls(d.defaultExpression(), routine)
                || d.checks().stream().anyMatch(k -> RoutineUses.calls(k.definition(), routine));
    }

    private static boolean same(Trigger t, QualifiedName table, String name) {
        return t.table().equals(table) && t.name().equals(name);
    }

    /**
     * A domain the plan keeps whose checks or default call the routine: each such check is dropped
     * before and added back after (unless the plan changes it anyway), and the default taken off and
     * set again after. One the plan drops while a column still has its type loses them before the
     * routine too (its drop waits for the columns, which may wait for the routine's new version). A check or default the plan adds or changes that calls the routine is placed
     * after it too (its change given a reason, which moves it there); a planned default that no longer
     * calls it goes first, as planned, and takes the old one off.
     */
    private static void domainsAround(Schema current, Schema desired, QualifiedName routine, List<SchemaChange> changes,
                                      Set<String> seen, List<SchemaChange> drops, List<SchemaChange> adds) {
        String after = "it calls " + routine + ", which is dropped and created again before it";
        for (int i = 0; i < changes.size(); i++) { // planned additions calling it wait for it
            if (changes.get(i) instanceof AddDomainCheck a && a.reason() == null && RoutineUses.calls(a.check().definition(), routine)) {
                changes.set(i, new AddDomainCheck(a.domain(), a.check(), after));
            } else if (changes.get(i) instanceof SetDomainDefault x && x.reason() == null
                    && RoutineUses.calls(x.defaultExpression(), routine)) {
                changes.set(i, new SetDomainDefault(x.domain(), x.defaultExpression(), after));
            } else if (changes.get(i) instanceof RecreateDomain r && calls(r.from(), routine) && calls(r.to(), routine)) {
                // one change cannot go both before the old version's drop and after the new one's creation
                changes.set(i, new DropDomain(r.from()));
                changes.add(i + 1, new CreateDomain(r.to()));
            }
        }
        for (Domain d : current.domains()) {
            boolean byDefault = RoutineUses.calls(d.defaultExpression(), routine);
            if (!calls(d, routine)) {
                continue;
            }
            Domain wanted = desired.domains().stream().filter(w -> w.name().equals(d.name())).findFirst().orElse(null);
            if (wanted == null && usedByAColumn(current, d.name())) {
                // dropped only once its columns let go of it, which may wait for the routine's new version (a
                // column moving to another domain whose check calls it): what calls the routine goes first
                for (DomainCheck k : d.checks()) {
                    if (RoutineUses.calls(k.definition(), routine) && seen.add("domain check " + d.name() + "." + k.name())) {
                        drops.add(new DropDomainCheck(d.name(), k));
                    }
                }
                if (byDefault && seen.add("domain default " + d.name())) {
                    drops.add(new SetDomainDefault(d.name(), null));
                }
                continue;
            }
            if (wanted == null || recreated(d, changes)) {
                continue; // dropped, or dropped and created: the simulation orders the drop before the routine's
            }
            domainChecksAround(d, wanted, e -> RoutineUses.calls(e, routine), "it calls " + routine
                    + ", which PostgreSQL will not drop while the check exists", changes, seen, drops, adds);
            boolean planned = changes.stream().anyMatch(c -> c instanceof SetDomainDefault x && x.domain().equals(d.name()));
            if (byDefault && !planned && seen.add("domain default " + d.name())) {
                drops.add(new SetDomainDefault(d.name(), null));
                if (wanted.defaultExpression() != null) {
                    adds.add(new SetDomainDefault(d.name(), wanted.defaultExpression(), "it calls " + routine
                            + ", which PostgreSQL will not drop while the default exists"));
                }
            } else if (byDefault && seen.add("domain default " + d.name())) {
                // the planned default calls it too (it waits, above): the old one must be off before the drop
                boolean waits = changes.stream().anyMatch(c -> c instanceof SetDomainDefault x && x.domain().equals(d.name())
                        && x.reason() != null);
                if (waits) {
                    drops.add(new SetDomainDefault(d.name(), null));
                }
            }
        }
    }

    private static void around(Table current, Table desired, Schema schema, QualifiedName routine, RoutineUses.Use use, List<SchemaChange> changes,
                               List<SchemaChange> drops, List<SchemaChange> adds) {
        QualifiedName table = current.name();
        switch (use.kind()) {
            case CHECK -> {
                boolean dropped = changes.stream().anyMatch(c -> c instanceof DropCheck d && d.table().equals(table)
                        && d.check().name().equals(use.name()));
                SchemaChange renamed = renamed(changes, table, use.name(), false);
                var wanted = desired.check(renamed == null ? use.name() : ((RenameConstraint) renamed).to());
                if (!dropped && wanted.isPresent()) {
                    changes.remove(renamed); // added back under its desired name
                    drops.add(new DropCheck(table, current.check(use.name()).orElseThrow()));
                    adds.add(new AddCheck(table, wanted.get()));
                }
            }
            case INDEX -> {
                boolean dropped = changes.stream().anyMatch(c -> c instanceof DropIndex d && d.table().equals(table)
                        && d.index().name().equals(use.name()));
                SchemaChange renamed = renamed(changes, table, use.name(), true);
                var wanted = desired.index(renamed == null ? use.name() : ((RenameIndex) renamed).to());
                if (!dropped && wanted.isPresent()) {
                    changes.remove(renamed);
                    drops.add(new DropIndex(table, current.index(use.name()).orElseThrow()));
                    adds.add(new AddIndex(table, wanted.get()));
                }
            }
            case EXCLUSION -> {
                boolean dropped = changes.stream().anyMatch(c -> c instanceof DropExclusion d && d.table().equals(table)
                        && d.exclusion().name().equals(use.name()));
                SchemaChange renamed = renamed(changes, table, use.name(), false);
                var wanted = desired.exclusion(renamed == null ? use.name() : ((RenameConstraint) renamed).to());
                if (!dropped && wanted.isPresent()) {
                    changes.remove(renamed);
                    drops.add(new DropExclusion(table, current.exclusion(use.name()).orElseThrow()));
                    adds.add(new AddExclusion(table, wanted.get()));
                }
            }
            // PostgreSQL takes no partition key off a table: the simulation refuses the routine's drop, naming it
            case PARTITION_KEY -> { }
            case DEFAULT -> defaultAround(current, desired, schema, routine, use.name(), changes, drops, adds);
            case GENERATED_COLUMN -> { } // dropped and added back by the column differ
        }
    }

    /**
     * The rename the plan has for constraint (or, {@code index}, index) {@code name} of {@code table}, or
     * null: one going around a routine is dropped under its name on the database and added back under
     * its desired one, so the rename goes.
     */
    private static SchemaChange renamed(List<SchemaChange> changes, QualifiedName table, String name, boolean index) {
        for (SchemaChange c : changes) {
            if (!index && c instanceof RenameConstraint r && r.table().equals(table) && r.from().equals(name)) {
                return c;
            }
            if (index && c instanceof RenameIndex r && r.table().equals(table) && r.from().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The default goes before the routine and comes back after it. A change of the column already
     * planned is split: its default part (and the rest) after the routine, unless it already sets
     * another default that does not call the routine, in which case it runs before the drop as is.
     */
    private static void defaultAround(Table current, Table desired, Schema schema, QualifiedName routine, String column, List<SchemaChange> changes,
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
                && RoutineUses.in(desired, routine).stream().noneMatch(u -> u.kind() == RoutineUses.Kind.DEFAULT && u.name().equals(column))
                && !waitsForARecreatedType(planned, changes, schema)) {
            return;
        }
        Column withoutDefault = from.withDefault(null);
        drops.add(new AlterColumn(table, from, withoutDefault, EnumSet.of(ColumnAspect.DEFAULT)));
        EnumSet<ColumnAspect> aspects = EnumSet.of(ColumnAspect.DEFAULT);
        if (planned != null) {
            changes.remove(planned);
            aspects.addAll(planned.aspects());
        }
        adds.add(new AlterColumn(table, withoutDefault, planned != null ? planned.to() : wanted.get(), aspects));
    }
}
