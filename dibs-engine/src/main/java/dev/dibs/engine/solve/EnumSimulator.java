package dev.dibs.engine.solve;

import static dev.dibs.engine.solve.ConstraintSimulator.map;

import dev.dibs.engine.diff.EnumCasts;
import dev.dibs.engine.diff.SchemaChange.AddEnumValue;
import dev.dibs.engine.diff.SchemaChange.ColumnRef;
import dev.dibs.engine.diff.SchemaChange.CreateEnum;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameEnumValue;
import dev.dibs.engine.diff.SchemaChange.SetEnumComment;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;

/** Simulation of enum type changes. */
final class EnumSimulator {

    private EnumSimulator() {
    }

    static void createEnum(VirtualSchema vs, CreateEnum c) {
        vs.requireNamespace(c.type().name().schema());
        vs.requireFreeTypeName(c.type().name());
        vs.enums.put(c.type().name(), c.type());
    }

    static void dropEnum(VirtualSchema vs, DropEnum c) {
        enumType(vs, c.type().name());
        if (!vs.columnsOfType(c.type().name()).isEmpty()) {
            throw new SimulationException.DependencyViolation("columns " + vs.columnsOfType(c.type().name())
                    + " still use the type " + c.type().name());
        }
        RoutineSimulator.requireUnused(vs, "type " + c.type().name());
        vs.enums.remove(c.type().name());
    }

    static void addEnumValue(VirtualSchema vs, AddEnumValue c) {
        EnumType e = enumType(vs, c.type());
        List<String> labels = new ArrayList<>(e.labels());
        if (labels.contains(c.label())) {
            throw new SimulationException.AlreadyExists("label " + c.label() + " of " + e.name());
        }
        String anchor = c.before() != null ? c.before() : c.after();
        if (anchor != null && !labels.contains(anchor)) {
            throw new SimulationException.NotExists("label " + anchor + " of " + e.name());
        }
        int at = c.before() != null ? labels.indexOf(c.before()) : c.after() != null ? labels.indexOf(c.after()) + 1 : labels.size();
        labels.add(at, c.label());
        vs.enums.put(e.name(), new EnumType(e.name(), labels, e.comment()));
    }

    static void renameEnumValue(VirtualSchema vs, RenameEnumValue c) {
        EnumType e = enumType(vs, c.type());
        if (!e.labels().contains(c.from())) {
            throw new SimulationException.NotExists("label " + c.from() + " of " + e.name());
        }
        if (e.labels().contains(c.to())) {
            throw new SimulationException.AlreadyExists("label " + c.to() + " of " + e.name());
        }
        vs.enums.put(e.name(), new EnumType(e.name(), map(e.labels(), l -> l.equals(c.from()) ? c.to() : l), e.comment()));
    }

    static void recreateEnum(VirtualSchema vs, RecreateEnum c) {
        enumType(vs, c.to().name());
        // the old type is dropped at the end: a column it does not convert must have gone or changed type first
        java.util.Set<String> converted = new java.util.HashSet<>();
        c.columns().forEach(ref -> converted.add(ref.table() + "." + ref.column()));
        // with the inheritance children's copies, which PostgreSQL converts with their parent's (its default too)
        List<ColumnRef> all = new java.util.ArrayList<>(c.columns().stream().filter(ref -> !ref.carried()).toList());
        java.util.Set<String> defaulted = new java.util.HashSet<>();
        for (ColumnRef ref : c.columns()) {
            if (vs.hasTable(ref.table()) && !ref.carried()) {
                TableSimulator.requireUnshared(vs, ref.table(), ref.column());
                for (Table child : dev.dibs.engine.diff.Inheritance.below(ref.table(), ref.column(), vs.tables())) {
                    // a child the plan drops goes first: PostgreSQL would convert its rows too (a removed label fails)
                    if (vs.tableGoing(child.name())) {
                        throw new SimulationException.DependencyViolation("inheritance child " + child.name()
                                + ", which the plan drops, still has column " + ref.column() + " of the type");
                    }
                    converted.add(child.name() + "." + ref.column());
                    // its default follows the parent's DROP DEFAULT and SET DEFAULT, when the parent's had one
                    if (ref.hadDefault() && defaulted.add(child.name() + "." + ref.column())) {
                        all.add(new ColumnRef(child.name(), ref.column(), ref.array(), ref.hadDefault(), ref.defaultAfter()));
                    }
                }
            }
        }
        List<String> left = vs.columnsOfType(c.to().name()).stream().filter(u -> !converted.contains(u)).sorted().toList();
        if (!left.isEmpty()) {
            throw new SimulationException.DependencyViolation("columns " + left + " still use the type " + c.to().name()
                    + ", which its re-creation drops");
        }
        vs.enums.put(c.to().name(), c.to());
        vs.enumRecreated(c.to().name());
        for (ColumnRef ref : all) {
            Table t = vs.table(ref.table());
            vs.column(t, ref.column());
            vs.put(TableSimulator.copy(t, map(t.columns(), col -> col.name().equals(ref.column())
                    ? col.withDefault(ref.defaultAfter()) : col)));
        }
    }

    /**
     * No view, materialized view, trigger condition, policy, domain default or check, default of a
     * column it does not convert, table check, index or exclusion constraint casts to the type any more,
     * and no generated column is computed from a column it converts: each would hold the old type, which
     * the re-creation drops, or make PostgreSQL refuse the conversion (the differ takes them around it,
     * {@code EnumCasts}, {@code EnumDependents}).
     */
    static void requireNoCasts(VirtualSchema vs, RecreateEnum c) {
        QualifiedName type = c.from().name();
        java.util.Set<QualifiedName> types = java.util.Set.of(type);
        List<String> users = new java.util.ArrayList<>();
        java.util.Set<String> converted = new java.util.HashSet<>();
        c.columns().forEach(ref -> converted.add(ref.table() + "." + ref.column()));
        c.columns().stream().filter(ref -> vs.hasTable(ref.table())) // inheritance children's copies go with their parent's
                .forEach(ref -> dev.dibs.engine.diff.Inheritance.below(ref.table(), ref.column(), vs.tables())
                        .forEach(child -> converted.add(child.name() + "." + ref.column())));
        for (Table t : vs.allTables()) {
            t.columns().stream().filter(col -> !col.isGenerated() && !converted.contains(t.name() + "." + col.name())
                    && EnumCasts.castTo(col.defaultExpression(), types) != null)
                    .forEach(col -> users.add("the default of " + t.name() + "." + col.name()));
            // PostgreSQL converts a column only by reading again what is computed from it, and then compares the new type with the old
            List<String> convertedHere = c.columns().stream().filter(ref -> ref.table().equals(t.name())).map(ref -> ref.column()).toList();
            t.columns().stream().filter(col -> col.isGenerated() && (EnumCasts.castTo(col.generatedExpression(), types) != null
                    || convertedHere.contains(col.name()) || dev.dibs.engine.naming.ExpressionNames.reads(col.generatedExpression(), convertedHere)))
                    .forEach(col -> users.add("generated column " + t.name() + "." + col.name()));
            t.checks().stream().filter(k -> EnumCasts.castTo(k.expression(), types) != null)
                    .forEach(k -> users.add("check " + k.name() + " on " + t.name()));
            t.exclusions().stream().filter(x -> EnumCasts.castTo(x.definition(), types) != null)
                    .forEach(x -> users.add("exclusion constraint " + x.name() + " on " + t.name()));
            t.indexes().stream().filter(i -> EnumCasts.castTo(i.predicate(), types) != null
                    || i.keys().stream().anyMatch(k -> EnumCasts.castTo(k.expression(), types) != null))
                    .forEach(i -> users.add("index " + i.name() + " on " + t.name()));
        }
        vs.views.values().stream().filter(v -> EnumCasts.castTo(v.definition(), types) != null).forEach(v -> users.add("view " + v.name()));
        vs.materializedViews.values().stream().filter(v -> EnumCasts.castTo(v.definition(), types) != null)
                .forEach(v -> users.add("materialized view " + v.name()));
        vs.triggers.values().stream().filter(t -> EnumCasts.castTo(t.definition(), types) != null)
                .forEach(t -> users.add("trigger " + t.name() + " on " + t.table()));
        vs.policies.values().stream().filter(p -> EnumCasts.castTo(p.using(), types) != null || EnumCasts.castTo(p.withCheck(), types) != null)
                .forEach(p -> users.add("policy " + p.name() + " on " + p.table()));
        vs.domains.values().stream().filter(d -> EnumCasts.castTo(d.defaultExpression(), types) != null
                || d.checks().stream().anyMatch(k -> EnumCasts.castTo(k.definition(), types) != null))
                .forEach(d -> users.add("domain " + d.name()));
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation(users + " still cast to the type " + type + ", which its re-creation drops");
        }
    }

    static void setEnumComment(VirtualSchema vs, SetEnumComment c) {
        EnumType e = enumType(vs, c.type());
        vs.enums.put(e.name(), new EnumType(e.name(), e.labels(), c.comment()));
    }

    private static EnumType enumType(VirtualSchema vs, QualifiedName name) {
        EnumType e = vs.enums.get(name);
        if (e == null) {
            throw new SimulationException.NotExists("type " + name);
        }
        return e;
    }
}
