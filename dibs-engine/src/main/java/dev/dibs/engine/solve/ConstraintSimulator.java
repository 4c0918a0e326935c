package dev.dibs.engine.solve;

import dev.dibs.engine.diff.Inheritance;
import dev.dibs.engine.diff.KeyBindings;
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
import dev.dibs.engine.diff.SchemaChange.SetIndexComment;
import dev.dibs.engine.diff.SchemaChange.ValidateConstraint;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Simulation of key, constraint and index changes. */
final class ConstraintSimulator {

    private ConstraintSimulator() {
    }

    static void addPrimaryKey(VirtualSchema vs, AddPrimaryKey c) {
        Table t = vs.table(c.table());
        if (t.primaryKey() != null) {
            throw new SimulationException.AlreadyExists("primary key of " + t.name());
        }
        vs.requireColumns(t, c.key().columns());
        vs.requireColumns(t, c.key().include());
        c.key().columns().forEach(col -> vs.requireDesiredType(t.name(), col)); // its index, as an index's
        c.key().include().forEach(col -> vs.requireDesiredType(t.name(), col));
        vs.requireFreeRelation(t.name().schema(), c.key().name());
        vs.requireFreeConstraint(t, c.key().name());
        vs.put(edit(t, c.key(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes()));
    }

    static void dropPrimaryKey(VirtualSchema vs, DropPrimaryKey c) {
        Table t = vs.table(c.table());
        if (t.primaryKey() == null || !t.primaryKey().name().equals(c.key().name())) {
            throw new SimulationException.NotExists("primary key " + c.key().name() + " of " + t.name());
        }
        requireNotBound(vs, t, "primary key", t.primaryKey().name());
        vs.put(edit(t, null, t.uniques(), t.foreignKeys(), t.checks(), t.indexes()));
    }

    static void addUnique(VirtualSchema vs, AddUnique c) {
        Table t = vs.table(c.table());
        vs.requireColumns(t, c.unique().columns());
        vs.requireColumns(t, c.unique().include());
        c.unique().columns().forEach(col -> vs.requireDesiredType(t.name(), col)); // its index, as an index's
        c.unique().include().forEach(col -> vs.requireDesiredType(t.name(), col));
        vs.requireFreeRelation(t.name().schema(), c.unique().name());
        vs.requireFreeConstraint(t, c.unique().name());
        vs.put(edit(t, t.primaryKey(), plus(t.uniques(), c.unique()), t.foreignKeys(), t.checks(), t.indexes()));
    }

    static void dropUnique(VirtualSchema vs, DropUnique c) {
        Table t = vs.table(c.table());
        UniqueConstraint u = t.unique(c.unique().name())
                .orElseThrow(() -> new SimulationException.NotExists("unique " + c.unique().name() + " of " + t.name()));
        requireNotBound(vs, t, "unique", u.name());
        vs.put(edit(t, t.primaryKey(), minus(t.uniques(), u), t.foreignKeys(), t.checks(), t.indexes()));
    }

    static void addCheck(VirtualSchema vs, AddCheck c) {
        Table t = vs.table(c.table());
        vs.requireFreeConstraint(t, c.check().name());
        vs.requireReadColumns(t, c.check().expression());
        vs.requireEnumLabels(c.check().expression());
        // a child has a parent's check of that name already: PostgreSQL merges the two if they are the same
        if (Inheritance.givenName(t, c.check().name(), vs::findTable) && !Inheritance.givenByAParent(t, c.check(), vs::findTable)) {
            throw new SimulationException.AlreadyExists("check " + c.check().name() + " of " + t.name() + ", another from its parents "
                    + t.options().inherits());
        }
        // and a parent's reaches its children (descendants), merged with one of theirs that is the same
        if (!c.check().noInherit()) {
            for (Table d : Inheritance.descendants(t.name(), vs.tables())) {
                boolean same = d.check(c.check().name()).filter(k -> Inheritance.merges(c.check(), k)).isPresent();
                if (!same && d.constraintNames().contains(c.check().name())) {
                    throw new SimulationException.AlreadyExists("constraint " + c.check().name() + " of " + d.name()
                            + ", which the check of its parent " + t.name() + " would be merged with");
                }
            }
        }
        vs.put(edit(t, t.primaryKey(), t.uniques(), t.foreignKeys(), plus(t.checks(), c.check()), t.indexes()));
    }

    static void dropCheck(VirtualSchema vs, DropCheck c) {
        Table t = vs.table(c.table());
        Check k = t.check(c.check().name())
                .orElseThrow(() -> new SimulationException.NotExists("check " + c.check().name() + " of " + t.name()));
        requireNotFromParent(vs, t, k.name());
        vs.put(edit(t, t.primaryKey(), t.uniques(), t.foreignKeys(), minus(t.checks(), k), t.indexes()));
    }

    /** A child's check that a parent gives it too (merged) is the parent's to drop or rename first: PostgreSQL refuses. */
    private static void requireNotFromParent(VirtualSchema vs, Table t, String check) {
        if (Inheritance.givenName(t, check, vs::findTable)) {
            throw new SimulationException.DependencyViolation("check " + check + " of " + t.name() + " is inherited from "
                    + t.options().inherits() + " too: it is the parent's to drop or rename first");
        }
    }

    static void dropForeignKey(VirtualSchema vs, DropForeignKey c) {
        Table t = vs.table(c.table());
        ForeignKey f = t.foreignKey(c.key().name())
                .orElseThrow(() -> new SimulationException.NotExists("foreign key " + c.key().name() + " of " + t.name()));
        vs.put(edit(t, t.primaryKey(), t.uniques(), minus(t.foreignKeys(), f), t.checks(), t.indexes()));
    }

    static void addIndex(VirtualSchema vs, AddIndex c) {
        Table t = vs.table(c.table());
        c.index().keys().stream().filter(k -> !k.isExpression()).forEach(k -> vs.column(t, k.column()));
        vs.requireColumns(t, c.index().include());
        // built on the type its columns are to have: on the one they still have, its operator class may
        // not exist (GIN over a varchar the plan turns into an array) or the build be done twice
        c.index().keys().stream().filter(k -> !k.isExpression()).forEach(k -> vs.requireDesiredType(t.name(), k.column()));
        c.index().include().forEach(col -> vs.requireDesiredType(t.name(), col));
        vs.requireEnumLabels(c.index().predicate());
        c.index().keys().forEach(k -> vs.requireEnumLabels(k.expression()));
        c.index().keys().forEach(k -> vs.requireCollation(k.collation())); // a key's own COLLATE, as pg_get_indexdef prints it
        vs.requireFreeRelation(t.name().schema(), c.index().name());
        vs.put(edit(t, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), plus(t.indexes(), c.index())));
    }

    static void dropIndex(VirtualSchema vs, DropIndex c) {
        Table t = vs.table(c.table());
        Index i = t.index(c.index().name())
                .orElseThrow(() -> new SimulationException.NotExists("index " + c.index().name() + " of " + t.name()));
        requireNotBound(vs, t, "index", i.name());
        vs.put(edit(t, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), minus(t.indexes(), i)));
    }

    static void renameIndex(VirtualSchema vs, RenameIndex c) {
        Table t = vs.table(c.table());
        Index i = t.index(c.from()).orElseThrow(() -> new SimulationException.NotExists("index " + c.from() + " of " + t.name()));
        vs.requireFreeRelation(t.name().schema(), c.to());
        Index renamed = i.withName(c.to());
        vs.put(edit(t, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), plus(minus(t.indexes(), i), renamed)));
        rebind(vs, t, c.from(), c.to());
    }

    static void setIndexComment(VirtualSchema vs, SetIndexComment c) {
        Table t = vs.table(c.table());
        Index i = t.index(c.index()).orElseThrow(() -> new SimulationException.NotExists("index " + c.index() + " of " + t.name()));
        vs.put(edit(t, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), plus(minus(t.indexes(), i), i.withComment(c.comment()))));
    }

    static void addForeignKey(VirtualSchema vs, AddForeignKey c) {
        Table t = vs.table(c.table());
        vs.requireColumns(t, c.key().columns());
        vs.requireFreeConstraint(t, c.key().name());
        Table target = c.key().referencedTable().equals(t.name()) ? t : vs.table(c.key().referencedTable());
        vs.requireColumns(target, c.key().referencedColumns());
        if (!target.hasKeyOn(c.key().referencedColumns())) {
            throw new SimulationException.NotExists("a primary key or unique constraint on " + target.name()
                    + c.key().referencedColumns());
        }
        if (!t.options().unlogged() && target.options().unlogged()) {
            throw new SimulationException.DependencyViolation("the permanent table " + t.name()
                    + " cannot reference the unlogged table " + target.name() + " (PostgreSQL refuses it)");
        }
        // PostgreSQL binds the new key to a key of the target now; which one, if several fit, only it knows
        ForeignKey bound = c.key().withReferencedIndex(KeyBindings.bindingOf(c.key(), target));
        vs.put(edit(t, t.primaryKey(), t.uniques(), plus(t.foreignKeys(), bound), t.checks(), t.indexes()));
    }

    static void validateConstraint(VirtualSchema vs, ValidateConstraint c) {
        Table t = vs.table(c.table());
        var fk = t.foreignKey(c.name());
        var check = t.check(c.name());
        if (fk.isPresent()) {
            ForeignKey f = fk.get();
            ForeignKey valid = f.asValidated();
            vs.put(edit(t, t.primaryKey(), t.uniques(), plus(minus(t.foreignKeys(), f), valid), t.checks(), t.indexes()));
        } else if (check.isPresent()) {
            Check k = check.get();
            vs.put(edit(t, t.primaryKey(), t.uniques(), t.foreignKeys(), plus(minus(t.checks(), k), k.asValidated()),
                    t.indexes()));
        } else {
            throw new SimulationException.NotExists("constraint " + c.name() + " of " + t.name());
        }
    }

    static void addExclusion(VirtualSchema vs, AddExclusion c) {
        Table t = vs.table(c.table());
        // its index takes the constraint's name among the schema's relations
        vs.requireFreeRelation(t.name().schema(), c.exclusion().name());
        vs.requireFreeConstraint(t, c.exclusion().name());
        vs.requireReadColumns(t, c.exclusion().definition());
        vs.requireEnumLabels(c.exclusion().definition());
        vs.put(t.withExclusions(plus(t.exclusions(), c.exclusion())));
    }

    static void dropExclusion(VirtualSchema vs, DropExclusion c) {
        Table t = vs.table(c.table());
        Exclusion x = t.exclusion(c.exclusion().name())
                .orElseThrow(() -> new SimulationException.NotExists("exclusion constraint " + c.exclusion().name() + " of " + t.name()));
        vs.put(t.withExclusions(minus(t.exclusions(), x)));
    }

    static void renameConstraint(VirtualSchema vs, RenameConstraint c) {
        Table t = vs.table(c.table());
        if (!t.constraintNames().contains(c.from())) {
            throw new SimulationException.NotExists("constraint " + c.from() + " of " + t.name());
        }
        Check renamedCheck = t.check(c.from()).orElse(null);
        List<Table> merged = new ArrayList<>(); // the descendants' merged copies are renamed with it
        if (renamedCheck != null) {
            requireNotFromParent(vs, t, c.from());
            if (!renamedCheck.noInherit()) {
                List<Table> below = Inheritance.descendants(t.name(), vs.tables());
                java.util.Set<dev.dibs.engine.model.QualifiedName> tree = new java.util.HashSet<>();
                tree.add(t.name());
                below.forEach(d -> tree.add(d.name()));
                for (Table d : below) {
                    // PostgreSQL renames a child's copy only when every parent it has it from is renamed with it
                    for (var p : d.options().inherits()) {
                        if (!tree.contains(p) && vs.hasTable(p) && Inheritance.checksGiven(vs.table(p), vs::findTable).stream()
                                .anyMatch(k -> k.name().equals(c.from()))) {
                            throw new SimulationException.DependencyViolation("check " + c.from() + " of " + d.name()
                                    + " is inherited from " + p + " too, which does not rename it: PostgreSQL refuses to rename it");
                        }
                    }
                    if (d.check(c.from()).isPresent()) {
                        vs.requireFreeConstraint(d, c.to());
                        merged.add(d);
                    }
                }
            }
        }
        vs.requireFreeConstraint(t, c.to());
        boolean backedByIndex = (t.primaryKey() != null && t.primaryKey().name().equals(c.from()))
                || t.unique(c.from()).isPresent() || t.exclusion(c.from()).isPresent();
        if (backedByIndex) {
            vs.requireFreeRelation(t.name().schema(), c.to());
        }
        PrimaryKey pk = t.primaryKey() != null && t.primaryKey().name().equals(c.from())
                ? t.primaryKey().with(c.to(), t.primaryKey().columns(), t.primaryKey().include()) : t.primaryKey();
        vs.put(edit(t, pk,
                map(t.uniques(), u -> u.name().equals(c.from()) ? u.with(c.to(), u.columns(), u.include()) : u),
                map(t.foreignKeys(), f -> f.name().equals(c.from())
                        ? f.with(c.to(), f.columns(), f.referencedTable(), f.referencedColumns()) : f),
                map(t.checks(), k -> k.name().equals(c.from()) ? k.with(c.to(), k.expression()) : k),
                t.indexes()).withExclusions(map(t.exclusions(), x -> x.name().equals(c.from()) ? new Exclusion(c.to(), x.definition()) : x)));
        merged.forEach(d -> vs.put(d.withChecks(map(d.checks(), k -> k.name().equals(c.from()) ? k.with(c.to(), k.expression()) : k))));
        if (backedByIndex) {
            rebind(vs, vs.table(c.table()), c.from(), c.to());
        }
    }

    /** Foreign keys bound to an index of {@code t} renamed from {@code from} stay bound to it under {@code to}. */
    private static void rebind(VirtualSchema vs, Table t, String from, String to) {
        boolean any = vs.keysInto(t.name()).values().stream().anyMatch(fk -> from.equals(fk.referencedIndex()));
        if (any) {
            vs.replaceAll(x -> x.withForeignKeys(map(x.foreignKeys(), fk -> fk.referencedTable().equals(t.name())
                    && from.equals(fk.referencedIndex()) ? fk.withReferencedIndex(to) : fk)));
        }
    }

    /**
     * A key or unique index that foreign keys are bound to cannot go, even when another key covers
     * the same columns: PostgreSQL ties each foreign key to one index ({@link KeyBindings}).
     */
    private static void requireNotBound(VirtualSchema vs, Table t, String kind, String name) {
        List<String> users = new ArrayList<>();
        vs.keysInto(t.name()).forEach((key, fk) -> {
            if (KeyBindings.boundTo(fk, t, name)) {
                users.add(key);
            }
        });
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation("foreign keys " + users.stream().sorted().toList() + " depend on " + kind
                    + " " + name + " of " + t.name());
        }
    }

    static Table edit(Table t, PrimaryKey pk, List<UniqueConstraint> uniques, List<ForeignKey> fks, List<Check> checks,
                      List<Index> indexes) {
        // one table built, not five (each sorting its lists again): the solver edits a table per key it adds or drops
        return new Table(t.name(), t.columns(), pk, uniques, fks, checks, indexes, t.comment(), t.exclusions(), t.options());
    }

    static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    static <T> List<T> minus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(item);
        return copy;
    }

    static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
        return list.stream().map(f).toList();
    }
}
