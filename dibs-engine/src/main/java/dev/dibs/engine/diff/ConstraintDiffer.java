package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddExclusion;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropExclusion;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.RenameIndex;
import dev.dibs.engine.diff.SchemaChange.ValidateConstraint;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Primary keys, uniques, checks, exclusion constraints, foreign keys and indexes of a table present on both sides:
 * matched by definition first, then by name. Names are part of what a fresh database would
 * have, so an equal definition under another name is renamed, and a changed definition under the
 * same name is dropped and added again.
 */
final class ConstraintDiffer {

    /** Why a foreign key over retyped columns is dropped and added back, for reports. */
    static final String RETYPED = "a column it uses or references changes type";

    private ConstraintDiffer() {
    }

    /**
     * @param retypedColumns whether a foreign key of this table has a column, or a referenced
     *                       column, whose type changes in this diff
     */
    static void diff(Table current, Table desired, java.util.function.Predicate<ForeignKey> retypedColumns, List<SchemaChange> out) {
        QualifiedName t = desired.name();
        primaryKey(t, current.primaryKey(), desired.primaryKey(), out);
        var uniques = Matching.byDefinitionThenName(current.uniques(), desired.uniques(), UniqueConstraint::name,
                ConstraintDiffer::definition);
        for (var p : uniques.pairs()) {
            // NULLS NOT DISTINCT, INCLUDE, storage parameters and deferrability cannot change in place
            if (definition(p.current()).equals(definition(p.desired()))) {
                renameConstraint(t, p.current().name(), p.desired().name(), out);
            } else {
                out.add(new DropUnique(t, p.current()));
                out.add(new AddUnique(t, p.desired()));
            }
        }
        uniques.onlyCurrent().forEach(u -> out.add(new DropUnique(t, u)));
        uniques.onlyDesired().forEach(u -> out.add(new AddUnique(t, u)));

        var checks = Matching.byDefinitionThenName(current.checks(), desired.checks(), Check::name, Check::expression);
        for (var p : checks.pairs()) {
            // PostgreSQL 18 cannot make a check ENFORCED or NOT ENFORCED in place, nor any version
            // add or remove NO INHERIT: re-create it
            if (p.current().expression().equals(p.desired().expression()) && p.current().enforced() == p.desired().enforced()
                    && p.current().noInherit() == p.desired().noInherit()) {
                renameConstraint(t, p.current().name(), p.desired().name(), out);
                if (!p.current().validated() && p.desired().validated()) {
                    out.add(new ValidateConstraint(t, p.desired().name()));
                }
            } else {
                out.add(new DropCheck(t, p.current()));
                out.add(new AddCheck(t, p.desired()));
            }
        }
        checks.onlyCurrent().forEach(k -> out.add(new DropCheck(t, k)));
        checks.onlyDesired().forEach(k -> out.add(new AddCheck(t, k)));
        exclusions(t, current, desired, out);

        var fks = Matching.byDefinitionThenName(current.foreignKeys(), desired.foreignKeys(), ForeignKey::name,
                ConstraintDiffer::definition);
        for (var p : fks.pairs()) {
            if (definition(p.current()).equals(definition(p.desired())) && retypedColumns.test(p.current())) {
                // Postgres re-checks a key whose columns change type, and refuses it while the two
                // sides disagree: drop it before the type changes, add it back after.
                out.add(new DropForeignKey(t, p.current(), RETYPED));
                out.add(new AddForeignKey(t, p.desired(), RETYPED));
            } else if (definition(p.current()).equals(definition(p.desired())) && p.current().enforced() == p.desired().enforced()) {
                renameConstraint(t, p.current().name(), p.desired().name(), out);
                if (!p.current().validated() && p.desired().validated()) {
                    out.add(new ValidateConstraint(t, p.desired().name()));
                }
            } else {
                out.add(new DropForeignKey(t, p.current()));
                out.add(new AddForeignKey(t, p.desired()));
            }
        }
        fks.onlyCurrent().forEach(f -> out.add(new DropForeignKey(t, f)));
        fks.onlyDesired().forEach(f -> out.add(new AddForeignKey(t, f)));

        var indexes = Matching.byDefinitionThenName(current.indexes(), desired.indexes(), Index::name,
                ConstraintDiffer::definition);
        for (var p : indexes.pairs()) {
            if (definition(p.current()).equals(definition(p.desired()))) {
                if (!p.current().name().equals(p.desired().name())) {
                    out.add(new RenameIndex(t, p.current().name(), p.desired().name()));
                }
                if (!java.util.Objects.equals(p.current().comment(), p.desired().comment())) {
                    out.add(new SchemaChange.SetIndexComment(t, p.desired().name(), p.desired().comment()));
                }
            } else {
                out.add(new DropIndex(t, p.current()));
                out.add(new AddIndex(t, p.desired()));
            }
        }
        indexes.onlyCurrent().forEach(i -> out.add(new DropIndex(t, i)));
        indexes.onlyDesired().forEach(i -> out.add(new AddIndex(t, i)));
    }

    private static void primaryKey(QualifiedName t, PrimaryKey current, PrimaryKey desired, List<SchemaChange> out) {
        if (current == null && desired == null) {
            return;
        }
        if (current != null && desired != null && definition(current).equals(definition(desired))) {
            renameConstraint(t, current.name(), desired.name(), out);
            return;
        }
        if (current != null) {
            out.add(new DropPrimaryKey(t, current));
        }
        if (desired != null) {
            out.add(new AddPrimaryKey(t, desired));
        }
    }

    /** Matched by definition text: the same one under another name is renamed, any other difference re-creates it. */
    private static void exclusions(QualifiedName t, Table current, Table desired, List<SchemaChange> out) {
        var exclusions = Matching.byDefinitionThenName(current.exclusions(), desired.exclusions(), Exclusion::name,
                Exclusion::definition);
        for (var p : exclusions.pairs()) {
            if (p.current().definition().equals(p.desired().definition())) {
                renameConstraint(t, p.current().name(), p.desired().name(), out);
            } else {
                out.add(new DropExclusion(t, p.current()));
                out.add(new AddExclusion(t, p.desired()));
            }
        }
        exclusions.onlyCurrent().forEach(x -> out.add(new DropExclusion(t, x)));
        exclusions.onlyDesired().forEach(x -> out.add(new AddExclusion(t, x)));
    }

    private static void renameConstraint(QualifiedName t, String from, String to, List<SchemaChange> out) {
        if (!from.equals(to)) {
            out.add(new RenameConstraint(t, from, to));
        }
    }

    /** A foreign key without its name and validation state. */
    static List<Object> definition(ForeignKey fk) {
        return List.of(fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate(),
                fk.deferrability(), fk.onDeleteSet());
    }

    /** A primary key without its name. */
    static List<Object> definition(PrimaryKey k) {
        return List.of(k.columns(), k.include(), k.options(), k.deferrability());
    }

    /** A unique constraint without its name. */
    static List<Object> definition(UniqueConstraint u) {
        return List.of(u.columns(), u.nullsNotDistinct(), u.include(), u.options(), u.deferrability());
    }

    /** An index without its name. */
    static List<Object> definition(Index i) {
        List<Object> d = new ArrayList<>();
        d.add(i.keys());
        d.add(i.unique());
        d.add(String.valueOf(i.predicate()));
        d.add(i.method());
        d.add(i.include());
        d.add(i.nullsNotDistinct());
        d.add(i.options());
        return d;
    }
}
