package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddExclusion;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropExclusion;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks, indexes and exclusion constraints whose expressions cast to an enum type the plan re-creates
 * ({@code CHECK (p <> 'high'::public.prio)}, {@code WHERE p = 'mid'::public.prio}): PostgreSQL
 * converts a column to the new type only by re-reading them, and then compares the new type with
 * the old one, which it cannot. So they go before the type is re-created and come back after, as a
 * view or policy on such a column does; so does the default of a column of another type that casts
 * to it ({@code DEFAULT ('b'::public.e)::text}), which holds the old type.
 */
final class EnumDependents {

    private EnumDependents() {
    }

    static void add(List<Table> current, List<Table> desired, List<SchemaChange> changes) {
        java.util.Set<QualifiedName> types = EnumCasts.recreated(changes);
        java.util.Set<String> converted = new java.util.HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof RecreateEnum r) {
                r.columns().forEach(ref -> converted.add(ref.table() + "." + ref.column()));
                // an inheritance child's copy is converted with its parent's, its default with it
                r.columns().forEach(ref -> Inheritance.below(ref.table(), ref.column(), current)
                        .forEach(child -> converted.add(child.name() + "." + ref.column())));
            }
        }
        if (types.isEmpty()) {
            return;
        }
        List<SchemaChange> around = new ArrayList<>();
        for (Table from : current) {
            Table to = desired.stream().filter(t -> t.name().equals(from.name())).findFirst().orElse(null);
            if (to == null) {
                continue; // dropped, with its checks and indexes
            }
            QualifiedName table = from.name();
            for (Check k : from.checks()) {
                SchemaChange rename = renaming(changes, table, k.name(), false);
                var again = to.check(rename == null ? k.name() : ((SchemaChange.RenameConstraint) rename).to());
                if (names(k.expression(), types) && again.isPresent() && changes.stream().noneMatch(c -> c instanceof DropCheck d
                        && d.table().equals(table) && d.check().name().equals(k.name()))) {
                    around.add(new DropCheck(table, k));
                    around.add(new AddCheck(table, again.get()));
                    changes.remove(rename); // created again under its new name
                }
            }
            // a default of another column casting to the type (text DEFAULT ('b'::e)::text) goes before and
            // comes back after; a converted column's own default goes and comes back with its conversion, and
            // a column changing type is split by leavingColumnsTakeNewLabelsAfter
            for (Column col : from.columns()) {
                var again = to.column(col.name());
                if (col.isGenerated() || !names(col.defaultExpression(), types) || converted.contains(table + "." + col.name())
                        || again.isEmpty() || changes.stream().anyMatch(c -> c instanceof DropColumn d && d.table().equals(table)
                        && d.column().name().equals(col.name()))) {
                    continue;
                }
                AlterColumn planned = changes.stream().filter(AlterColumn.class::isInstance).map(AlterColumn.class::cast)
                        .filter(a -> a.table().equals(table) && a.from().name().equals(col.name())).findFirst().orElse(null);
                if (planned != null && (planned.aspects().contains(ColumnAspect.TYPE)
                        || planned.aspects().contains(ColumnAspect.DEFAULT) && !names(planned.to().defaultExpression(), types))) {
                    continue; // it takes the cast off itself
                }
                Column bare = col.withDefault(null);
                around.add(new AlterColumn(table, col, bare, java.util.EnumSet.of(ColumnAspect.DEFAULT)));
                if (planned == null) {
                    around.add(new AlterColumn(table, bare, col, java.util.EnumSet.of(ColumnAspect.DEFAULT)));
                } else { // the planned change, from the bare column, with the default too
                    java.util.EnumSet<ColumnAspect> aspects = java.util.EnumSet.copyOf(planned.aspects());
                    aspects.add(ColumnAspect.DEFAULT);
                    changes.set(changes.indexOf(planned), new AlterColumn(table, bare, planned.to(), aspects));
                }
            }
            for (Exclusion x : from.exclusions()) {
                SchemaChange rename = renaming(changes, table, x.name(), false);
                var again = to.exclusion(rename == null ? x.name() : ((SchemaChange.RenameConstraint) rename).to());
                if (names(x.definition(), types) && again.isPresent() && changes.stream().noneMatch(c -> c instanceof DropExclusion d
                        && d.table().equals(table) && d.exclusion().name().equals(x.name()))) {
                    around.add(new DropExclusion(table, x));
                    around.add(new AddExclusion(table, again.get()));
                    changes.remove(rename);
                }
            }
            for (Index i : from.indexes()) {
                SchemaChange rename = renaming(changes, table, i.name(), true);
                var again = to.index(rename == null ? i.name() : ((SchemaChange.RenameIndex) rename).to());
                boolean uses = names(i.predicate(), types) || i.keys().stream().map(IndexKey::expression).anyMatch(e -> names(e, types));
                if (uses && again.isPresent() && changes.stream().noneMatch(c -> c instanceof DropIndex d
                        && d.table().equals(table) && d.index().name().equals(i.name()))) {
                    around.add(new DropIndex(table, i));
                    around.add(new AddIndex(table, again.get()));
                    changes.remove(rename);
                }
            }
        }
        changes.addAll(around);
    }

    /**
     * The generated columns of {@code table} that the re-creation of an enum type ({@code changes}
     * holds it) makes PostgreSQL refuse: one of the type, one computed from a column it converts
     * ("cannot alter type of a column used by a generated column"), one casting to it. Each is dropped
     * before and added back after, as for a column it reads being retyped; its values are computed again.
     */
    static java.util.function.Predicate<Column> regenerated(Table table, List<SchemaChange> changes) {
        java.util.Set<QualifiedName> types = EnumCasts.recreated(changes);
        if (types.isEmpty()) {
            return c -> false;
        }
        List<String> converted = new ArrayList<>();
        changes.stream().filter(RecreateEnum.class::isInstance).map(RecreateEnum.class::cast)
                .forEach(r -> r.columns().stream().filter(ref -> ref.table().equals(table.name())).forEach(ref -> converted.add(ref.column())));
        return c -> c.isGenerated() && (types.contains(new QualifiedName(String.valueOf(c.type().schema()), c.type().name()))
                || names(c.generatedExpression(), types) || dev.dibs.engine.naming.ExpressionNames.reads(c.generatedExpression(), converted));
    }

    /**
     * The change renaming the constraint ({@code index} false) or index {@code name} of {@code table}, or
     * null: a check, exclusion or index of a renamed table is named after it, so the plan renames it.
     */
    private static SchemaChange renaming(List<SchemaChange> changes, QualifiedName table, String name, boolean index) {
        return changes.stream().filter(c -> index ? c instanceof SchemaChange.RenameIndex r && r.table().equals(table) && r.from().equals(name)
                : c instanceof SchemaChange.RenameConstraint k && k.table().equals(table) && k.from().equals(name)).findFirst().orElse(null);
    }

    private static boolean names(String expression, java.util.Set<QualifiedName> types) {
        return EnumCasts.castTo(expression, types) != null;
    }
}
