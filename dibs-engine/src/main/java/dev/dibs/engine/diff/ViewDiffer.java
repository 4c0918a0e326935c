package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AddMaterializedViewIndex;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateMaterializedView;
import dev.dibs.engine.diff.SchemaChange.CreateView;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropMaterializedView;
import dev.dibs.engine.diff.SchemaChange.DropMaterializedViewIndex;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.DropView;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.ReplaceView;
import dev.dibs.engine.diff.SchemaChange.SetMaterializedViewComment;
import dev.dibs.engine.diff.SchemaChange.SetViewComment;
import dev.dibs.engine.diff.SchemaChange.SetViewOptions;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewIndex;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Views and materialized views, matched by name. A view whose query changed is replaced in place
 * ({@code CREATE OR REPLACE VIEW}) when its columns keep their names and types in order, new ones
 * only appended; otherwise it is dropped and created. A materialized view whose query changed is
 * always dropped and created, with its indexes. What PostgreSQL will not change under a view — a
 * table it reads dropped, a column it reads dropped or retyped, a view it reads dropped and created —
 * drops the view first and creates it again after, and so on up to the views reading it; the
 * simulation then puts the drops and creations in dependency order.
 */
final class ViewDiffer {

    private ViewDiffer() {
    }

    /**
     * @param changes the changes so far: renames, dropped tables, dropped and retyped columns
     * @param beforeRenames the database's schema: its views read tables and columns under the names
     *                      they have before the plan's renames, which the other changes use
     */
    static void diff(Schema beforeRenames, Schema desired, List<SchemaChange> changes) {
        Schema current = readingRenamed(beforeRenames, changes);
        Map<String, String> touched = touched(changes);
        var views = Matching.byKey(current.views(), desired.views(), View::name);
        var materialized = Matching.byKey(current.materializedViews(), desired.materializedViews(), MaterializedView::name);
        // which of the views on both sides go and come back, and why (null: their own change)
        Map<QualifiedName, String> recreated = new LinkedHashMap<>();
        Map<QualifiedName, List<QualifiedName>> reads = new LinkedHashMap<>(); // in name order: the same reasons every run
        Map<QualifiedName, List<RelationColumn>> uses = new HashMap<>();
        Map<QualifiedName, List<String>> calls = new HashMap<>();
        java.util.Set<QualifiedName> recreatedEnums = EnumCasts.recreated(changes);
        for (var pair : views.pairs()) {
            reads.put(pair.current().name(), pair.current().relations());
            uses.put(pair.current().name(), pair.current().uses());
            calls.put(pair.current().name(), pair.current().functions());
            boolean changed = !sameQuery(pair.current(), pair.desired());
            QualifiedName casts = EnumCasts.castTo(pair.current().definition(), recreatedEnums);
            if (changed && !pair.current().replaceableBy(pair.desired())) {
                recreated.put(pair.current().name(), null);
            } else if (casts != null) { // it holds the old type, which the re-creation drops
                recreated.put(pair.current().name(), EnumCasts.reason(casts));
            }
        }
        // a materialized view holds rows a function computed: one whose results the plan changes makes them stale
        Map<QualifiedName, java.util.Set<String>> recomputed = RoutineDiffer.resultsChanged(current, desired);
        Map<String, QualifiedName> routineNames = new HashMap<>();
        current.routines().forEach(r -> routineNames.put(r.signature(), r.name()));
        for (var pair : materialized.pairs()) {
            reads.put(pair.current().name(), pair.current().relations());
            uses.put(pair.current().name(), pair.current().uses());
            calls.put(pair.current().name(), pair.current().functions());
            QualifiedName casts = EnumCasts.castTo(pair.current().definition(), recreatedEnums);
            if (!pair.current().sameQuery(pair.desired())) {
                recreated.put(pair.current().name(), null);
            } else if (casts != null) {
                recreated.put(pair.current().name(), EnumCasts.reason(casts));
            } else if (!recomputed.isEmpty()) {
                pair.current().functions().stream().filter(f -> recomputed.containsKey(routineNames.get(f))).findFirst()
                        .ifPresent(f -> recreated.put(pair.current().name(), "it calls " + f
                                + ", whose results the plan changes: its rows are computed again"));
            }
        }
        Map<QualifiedName, Matching.Pair<View>> pairs = new HashMap<>();
        views.pairs().forEach(p -> pairs.put(p.current().name(), p));
        java.util.Set<QualifiedName> dropped = new java.util.HashSet<>();
        views.onlyCurrent().forEach(v -> dropped.add(v.name()));
        materialized.onlyCurrent().forEach(v -> dropped.add(v.name()));
        boolean grown = true;
        while (grown) { // up the chains of views reading views
            grown = false;
            for (var entry : reads.entrySet()) {
                if (recreated.containsKey(entry.getKey())) {
                    continue;
                }
                String reason = reason(entry.getValue(), uses.get(entry.getKey()), touched, recreated);
                if (reason == null) {
                    reason = calls.get(entry.getKey()).stream().filter(f -> touched.containsKey("routine " + f)).findFirst()
                            .map(f -> "it calls " + f + ", which " + touched.get("routine " + f)).orElse(null);
                }
                if (reason == null) {
                    reason = leavesAGoingView(pairs.get(entry.getKey()), r -> dropped.contains(r) || recreated.containsKey(r), touched,
                            current);
                }
                if (reason != null) {
                    recreated.put(entry.getKey(), reason);
                    grown = true;
                }
            }
        }
        Map<QualifiedName, String> recreatedViews = new HashMap<>();
        views.pairs().stream().filter(p -> recreated.containsKey(p.current().name()))
                .forEach(p -> recreatedViews.put(p.current().name(), recreated.get(p.current().name())));
        ViewTriggers.follow(desired, views.onlyCurrent().stream().map(View::name).collect(java.util.stream.Collectors.toSet()),
                recreatedViews, changes);
        views.onlyCurrent().forEach(v -> changes.add(new DropView(v)));
        materialized.onlyCurrent().forEach(v -> changes.add(new DropMaterializedView(v)));
        views.onlyDesired().forEach(v -> changes.add(new CreateView(v)));
        materialized.onlyDesired().forEach(v -> changes.add(new CreateMaterializedView(v)));
        for (var pair : views.pairs()) {
            View from = pair.current();
            View to = pair.desired();
            if (recreated.containsKey(from.name())) {
                String reason = recreated.get(from.name());
                changes.add(new DropView(from, reason));
                changes.add(new CreateView(to, reason));
                continue;
            }
            if (!sameQuery(from, to)) {
                changes.add(new ReplaceView(from, to)); // with the desired options
            } else if (!from.options().equals(to.options())) {
                changes.add(new SetViewOptions(to.name(), from.options(), to.options()));
            }
            if (!Objects.equals(from.comment(), to.comment())) {
                changes.add(new SetViewComment(to.name(), to.comment()));
            }
        }
        for (var pair : materialized.pairs()) {
            MaterializedView from = pair.current();
            MaterializedView to = pair.desired();
            if (recreated.containsKey(from.name())) {
                String reason = recreated.get(from.name());
                changes.add(new DropMaterializedView(from, reason));
                changes.add(new CreateMaterializedView(to, reason));
                continue;
            }
            var indexes = Matching.byKey(from.indexes(), to.indexes(), ViewIndex::name);
            indexes.onlyCurrent().forEach(i -> changes.add(new DropMaterializedViewIndex(from.name(), i)));
            for (var index : indexes.pairs()) {
                if (!index.current().equals(index.desired())) {
                    changes.add(new DropMaterializedViewIndex(from.name(), index.current()));
                    changes.add(new AddMaterializedViewIndex(to.name(), index.desired()));
                }
            }
            indexes.onlyDesired().forEach(i -> changes.add(new AddMaterializedViewIndex(to.name(), i)));
            if (!Objects.equals(from.comment(), to.comment())) {
                changes.add(new SetMaterializedViewComment(to.name(), to.comment()));
            }
        }
    }

    /**
     * {@code schema} with its views and materialized views reading what the plan renames under the
     * new names, as PostgreSQL has them read after the renames (and as the retyped and dropped
     * columns are named): a view reading a column renamed and retyped must make way for the retyping.
     * A simple query is seen as PostgreSQL then prints it ({@link ViewQueryRenames}): one that reads
     * as desired after the renames is left alone.
     */
    private static Schema readingRenamed(Schema schema, List<SchemaChange> changes) {
        List<View> views = schema.views();
        List<MaterializedView> materialized = schema.materializedViews();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.RenameTable r) {
                views = views.stream().map(v -> ViewQueryRenames.tableRenamed(v, r.from(), r.target())).toList();
                materialized = materialized.stream().map(v -> ViewQueryRenames.tableRenamed(v, r.from(), r.target())).toList();
            } else if (c instanceof SchemaChange.RenameColumn r) {
                views = views.stream().map(v -> ViewQueryRenames.columnRenamed(v, r.table(), r.from(), r.to())).toList();
                materialized = materialized.stream().map(v -> ViewQueryRenames.columnRenamed(v, r.table(), r.from(), r.to())).toList();
            }
        }
        return schema.withViews(views).withMaterializedViews(materialized);
    }

    /** The query, its columns and what it reads; options and comment aside. */
    private static boolean sameQuery(View a, View b) {
        return a.definition().equals(b.definition()) && a.columns().equals(b.columns()) && a.relations().equals(b.relations())
                && a.uses().equals(b.uses()) && a.functions().equals(b.functions());
    }

    /**
     * The tables and columns the plan drops or retypes, as {@code schema.table} (a whole table) or
     * {@code schema.table.column}, and the routines it drops to create again ({@code routine signature}), each
     * with what happens to it ({@code is dropped}, {@code changes type}, {@code is dropped and created again}).
     */
    private static Map<String, String> touched(List<SchemaChange> changes) {
        Map<String, String> touched = new HashMap<>();
        for (SchemaChange c : changes) {
            if (c instanceof DropTable d) {
                touched.put(d.table().name().toString(), "is dropped");
            } else if (c instanceof DropColumn d) {
                touched.put(d.table() + "." + d.column().name(), "is dropped");
            } else if (c instanceof AlterColumn a && a.aspects().contains(ColumnAspect.TYPE)) {
                touched.put(a.table() + "." + a.from().name(), "changes type");
            } else if (c instanceof RecreateEnum r) {
                r.columns().forEach(ref -> touched.put(ref.table() + "." + ref.column(), "changes type"));
            } else if (c instanceof SchemaChange.DropRoutine d && d.reason() != null) {
                // dropped to be created again, or around what calls it: a view still calling it must make way
                // (one dropped for good is called by no desired view: the view changes anyway, and waits for it)
                touched.put("routine " + d.routine().signature(), "is dropped and created again");
            }
        }
        return touched;
    }

    /**
     * Why a view replaced in place must go and come back instead, or null: its new query reads a column
     * the plan retypes while its old one reads a view the plan drops that reads that column (itself, or
     * through the views it reads). The replacement would wait for the retyping (PostgreSQL retypes no
     * column a view reads), the retyping for that view's drop, and the drop for the replacement
     * (PostgreSQL drops no view another reads).
     */
    private static String leavesAGoingView(Matching.Pair<View> pair, java.util.function.Predicate<QualifiedName> going,
                                           Map<String, String> touched, Schema current) {
        if (pair == null || sameQuery(pair.current(), pair.desired())) {
            return null;
        }
        for (RelationColumn u : pair.desired().uses()) {
            if (!"changes type".equals(touched.get(u.toString()))) {
                continue;
            }
            for (QualifiedName left : pair.current().relations()) {
                if (going.test(left) && reads(left, u, current, new java.util.HashSet<>())) {
                    return "it will read column " + u + ", which changes type, and reads " + left + ", which is dropped and reads it";
                }
            }
        }
        return null;
    }

    /** Whether the view or materialized view {@code relation} of {@code current} reads {@code column}, itself or through the views it reads. */
    private static boolean reads(QualifiedName relation, RelationColumn column, Schema current, java.util.Set<QualifiedName> seen) {
        if (!seen.add(relation)) {
            return false;
        }
        List<QualifiedName> relations;
        List<RelationColumn> uses;
        View v = current.views().stream().filter(x -> x.name().equals(relation)).findFirst().orElse(null);
        if (v != null) {
            relations = v.relations();
            uses = v.uses();
        } else {
            MaterializedView m = current.materializedViews().stream().filter(x -> x.name().equals(relation)).findFirst().orElse(null);
            if (m == null) {
                return false; // a table
            }
            relations = m.relations();
            uses = m.uses();
        }
        return uses.contains(column) || relations.stream().anyMatch(r -> reads(r, column, current, seen));
    }

    /** Why a view that reads {@code relations} and {@code uses} must go and come back, or null. */
    private static String reason(List<QualifiedName> relations, List<RelationColumn> uses, Map<String, String> touched,
                                 Map<QualifiedName, String> recreated) {
        for (QualifiedName r : relations) {
            if (recreated.containsKey(r)) {
                return "it reads " + r + ", which is dropped and created again";
            }
            if (touched.containsKey(r.toString())) {
                return "it reads table " + r + ", which " + touched.get(r.toString());
            }
        }
        for (RelationColumn u : uses) {
            String what = touched.get(u.toString());
            if (what != null) {
                return "it reads column " + u + ", which " + what;
            }
        }
        return null;
    }
}
