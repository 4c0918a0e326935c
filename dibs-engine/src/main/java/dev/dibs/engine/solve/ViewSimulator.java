package dev.dibs.engine.solve;

import dev.dibs.engine.diff.SchemaChange.AddMaterializedViewIndex;
import dev.dibs.engine.diff.SchemaChange.CreateMaterializedView;
import dev.dibs.engine.diff.SchemaChange.CreateView;
import dev.dibs.engine.diff.SchemaChange.DropMaterializedView;
import dev.dibs.engine.diff.SchemaChange.DropMaterializedViewIndex;
import dev.dibs.engine.diff.SchemaChange.DropView;
import dev.dibs.engine.diff.SchemaChange.ReplaceView;
import dev.dibs.engine.diff.SchemaChange.SetMaterializedViewComment;
import dev.dibs.engine.diff.SchemaChange.SetViewComment;
import dev.dibs.engine.diff.SchemaChange.SetViewOptions;
import dev.dibs.engine.diff.ViewQueryRenames;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.model.ViewIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Simulation of view and materialized view changes, and of what table changes do to them, as
 * PostgreSQL decides: a view needs what it reads (tables, views, materialized views and their
 * columns) when it is created, and nothing it reads can be dropped or retyped while it exists
 * ("cannot drop … because other objects depend on it", "cannot alter type of a column used by a
 * view or rule"). Renamed tables and columns stay read under their new names.
 */
final class ViewSimulator {

    private ViewSimulator() {
    }

    static void start(VirtualSchema vs, Schema schema, Schema desired) {
        schema.views().forEach(v -> vs.views.put(v.name(), v));
        schema.materializedViews().forEach(v -> vs.materializedViews.put(v.name(), v));
        for (Schema side : List.of(schema, desired)) {
            side.tables().forEach(t -> vs.managedRelations.add(t.name()));
            side.views().forEach(v -> vs.managedRelations.add(v.name()));
            side.materializedViews().forEach(v -> vs.managedRelations.add(v.name()));
        }
        desired.tables().forEach(t -> vs.desiredKinds.put(t.name(), "table"));
        desired.views().forEach(v -> vs.desiredKinds.put(v.name(), "view"));
        desired.materializedViews().forEach(v -> vs.desiredKinds.put(v.name(), "materialized view"));
    }

    static void createView(VirtualSchema vs, CreateView c) {
        View v = c.view();
        vs.requireNamespace(v.name().schema());
        vs.requireFreeRelation(v.name().schema(), v.name().name());
        vs.requireFreeTypeName(v.name()); // its row type
        requireReadable(vs, v.relations(), v.uses());
        requireDesiredTypes(vs, v.uses());
        requireCallable(vs, v.functions());
        vs.requireEnumLabels(v.definition());
        vs.views.put(v.name(), v);
    }

    /** PostgreSQL keeps the view only when its columns stay, in order, with their types: new ones may only be appended. */
    static void replaceView(VirtualSchema vs, ReplaceView c) {
        View now = view(vs, c.from().name());
        if (!now.replaceableBy(c.to())) {
            throw new SimulationException.DependencyViolation("view " + now.name() + " cannot be replaced in place: its columns "
                    + now.columns() + " would become " + c.to().columns());
        }
        requireReadable(vs, c.to().relations(), c.to().uses());
        requireDesiredTypes(vs, c.to().uses()); // a column it starts reading, as a new view's
        requireCallable(vs, c.to().functions());
        vs.requireEnumLabels(c.to().definition());
        vs.views.put(now.name(), c.to());
    }

    static void dropView(VirtualSchema vs, DropView c) {
        view(vs, c.view().name());
        requireNotRead(vs, c.view().name());
        vs.views.remove(c.view().name());
        TriggerSimulator.tableDropped(vs, c.view().name()); // its triggers go with it
    }

    static void setViewOptions(VirtualSchema vs, SetViewOptions c) {
        View v = view(vs, c.view());
        vs.views.put(v.name(), v.withOptions(c.to()));
    }

    static void setViewComment(VirtualSchema vs, SetViewComment c) {
        View v = view(vs, c.view());
        vs.views.put(v.name(), v.withComment(c.comment()));
    }

    static void createMaterializedView(VirtualSchema vs, CreateMaterializedView c) {
        MaterializedView v = c.view();
        vs.requireNamespace(v.name().schema());
        vs.requireFreeRelation(v.name().schema(), v.name().name());
        vs.requireFreeTypeName(v.name()); // its row type
        requireReadable(vs, v.relations(), v.uses());
        requireDesiredTypes(vs, v.uses());
        requireCallable(vs, v.functions());
        vs.requireEnumLabels(v.definition());
        for (ViewIndex index : v.indexes()) {
            vs.requireFreeRelation(v.name().schema(), index.name());
        }
        vs.materializedViews.put(v.name(), v);
    }

    static void dropMaterializedView(VirtualSchema vs, DropMaterializedView c) {
        materializedView(vs, c.view().name());
        requireNotRead(vs, c.view().name());
        vs.materializedViews.remove(c.view().name());
    }

    static void addMaterializedViewIndex(VirtualSchema vs, AddMaterializedViewIndex c) {
        MaterializedView v = materializedView(vs, c.view());
        vs.requireFreeRelation(c.view().schema(), c.index().name());
        vs.materializedViews.put(v.name(), v.withIndexes(Stream.concat(v.indexes().stream(), Stream.of(c.index())).toList()));
    }

    static void dropMaterializedViewIndex(VirtualSchema vs, DropMaterializedViewIndex c) {
        MaterializedView v = materializedView(vs, c.view());
        if (v.indexes().stream().noneMatch(i -> i.name().equals(c.index().name()))) {
            throw new SimulationException.NotExists("index " + c.view().schema() + "." + c.index().name());
        }
        vs.materializedViews.put(v.name(), v.withIndexes(v.indexes().stream().filter(i -> !i.name().equals(c.index().name())).toList()));
    }

    static void setMaterializedViewComment(VirtualSchema vs, SetMaterializedViewComment c) {
        MaterializedView v = materializedView(vs, c.view());
        vs.materializedViews.put(v.name(), v.withComment(c.comment()));
    }

    /** Views, materialized views and their indexes share their schema's relation names with tables and sequences. */
    static void requireFreeName(VirtualSchema vs, String schema, String name) {
        QualifiedName q = new QualifiedName(schema, name);
        if (vs.views.containsKey(q)) {
            throw new SimulationException.AlreadyExists("view " + name + " (in schema " + schema + ")");
        }
        if (vs.materializedViews.containsKey(q)) {
            throw new SimulationException.AlreadyExists("materialized view " + name + " (in schema " + schema + ")");
        }
        vs.materializedViews.values().stream().filter(v -> v.name().schema().equals(schema))
                .flatMap(v -> v.indexes().stream()).filter(i -> i.name().equals(name)).findFirst().ifPresent(i -> {
                    throw new SimulationException.AlreadyExists("index " + name + " (in schema " + schema + ")");
                });
    }

    /** For dropping a table: PostgreSQL refuses while a view reads it. */
    static void requireNotRead(VirtualSchema vs, QualifiedName relation) {
        List<String> readers = readers(vs).filter(r -> r.relations.contains(relation)).map(Reader::what).toList();
        if (!readers.isEmpty()) {
            throw new SimulationException.DependencyViolation(relation + " is still read by " + String.join(", ", readers));
        }
    }

    /** For dropping or retyping a column: PostgreSQL refuses while a view reads it. */
    static void requireColumnNotRead(VirtualSchema vs, QualifiedName table, String column) {
        RelationColumn used = new RelationColumn(table, column);
        List<String> readers = readers(vs).filter(r -> r.uses.contains(used)).map(Reader::what).toList();
        if (!readers.isEmpty()) {
            throw new SimulationException.DependencyViolation("column " + used + " is still read by " + String.join(", ", readers));
        }
    }

    /** For dropping a function or procedure: PostgreSQL refuses while a view calls it. */
    static void requireNotCalled(VirtualSchema vs, String signature) {
        List<String> callers = new ArrayList<>();
        vs.views.values().stream().filter(v -> v.functions().contains(signature)).forEach(v -> callers.add("view " + v.name()));
        vs.materializedViews.values().stream().filter(v -> v.functions().contains(signature))
                .forEach(v -> callers.add("materialized view " + v.name()));
        if (!callers.isEmpty()) {
            throw new SimulationException.DependencyViolation("function " + signature + " is still called by "
                    + String.join(", ", callers));
        }
    }

    /** A function dibs manages must exist when a view calling it is created; any other is taken as given. */
    private static void requireCallable(VirtualSchema vs, List<String> functions) {
        for (String f : functions) {
            if (vs.managedRoutines.contains(f) && !vs.routines.containsKey(f)) {
                throw new SimulationException.NotExists("function " + f);
            }
        }
    }

    /** A renamed table stays read under its new name, and a simple query prints it ({@link ViewQueryRenames}). */
    static void tableRenamed(VirtualSchema vs, QualifiedName from, QualifiedName to) {
        vs.views.replaceAll((name, v) -> ViewQueryRenames.tableRenamed(v, from, to));
        vs.materializedViews.replaceAll((name, v) -> ViewQueryRenames.tableRenamed(v, from, to));
    }

    /** A renamed column stays read under its new name, and a simple query prints it ({@link ViewQueryRenames}). */
    static void columnRenamed(VirtualSchema vs, QualifiedName table, String from, String to) {
        vs.views.replaceAll((name, v) -> ViewQueryRenames.columnRenamed(v, table, from, to));
        vs.materializedViews.replaceAll((name, v) -> ViewQueryRenames.columnRenamed(v, table, from, to));
    }

    /** What a view reads must exist when it is created, when dibs manages it; anything else is taken as given. */
    private static void requireReadable(VirtualSchema vs, List<QualifiedName> relations, List<RelationColumn> uses) {
        for (QualifiedName r : relations) {
            if (vs.managedRelations.contains(r) && columnsOf(vs, r) == null) {
                throw new SimulationException.NotExists("relation " + r);
            }
            String meant = vs.desiredKinds.get(r);
            String now = kindOf(vs, r);
            if (meant != null && now != null && !meant.equals(now)) { // read as a view, still the table it replaces (or the reverse)
                throw new SimulationException.NotExists(meant + " " + r + " (it is still a " + now + ")");
            }
        }
        for (RelationColumn u : uses) {
            List<String> columns = vs.managedRelations.contains(u.relation()) ? columnsOf(vs, u.relation()) : null;
            if (columns != null && !columns.contains(u.column())) {
                throw new SimulationException.NotExists("column " + u);
            }
        }
    }

    /**
     * A new or replaced view reads the tables' columns once they have their desired types: created (or
     * replaced to read one more) first, it would stop the retyping.
     */
    private static void requireDesiredTypes(VirtualSchema vs, List<RelationColumn> uses) {
        for (RelationColumn u : uses) {
            vs.requireDesiredType(u.relation(), u.column());
        }
    }

    /** The column names of a table, view or materialized view as it is now; null when there is none of that name. */
    private static String kindOf(VirtualSchema vs, QualifiedName relation) {
        return vs.hasTable(relation) ? "table" : vs.views.containsKey(relation) ? "view"
                : vs.materializedViews.containsKey(relation) ? "materialized view" : null;
    }

    private static List<String> columnsOf(VirtualSchema vs, QualifiedName relation) {
        if (vs.hasTable(relation)) {
            return vs.table(relation).columns().stream().map(dev.dibs.engine.model.Column::name).toList();
        }
        List<ViewColumn> columns = vs.views.containsKey(relation) ? vs.views.get(relation).columns()
                : vs.materializedViews.containsKey(relation) ? vs.materializedViews.get(relation).columns() : null;
        return columns == null ? null : columns.stream().map(ViewColumn::name).toList();
    }

    private record Reader(String what, List<QualifiedName> relations, List<RelationColumn> uses) {
    }

    private static Stream<Reader> readers(VirtualSchema vs) {
        List<Reader> all = new ArrayList<>();
        vs.views.values().forEach(v -> all.add(new Reader("view " + v.name(), v.relations(), v.uses())));
        vs.materializedViews.values().forEach(v -> all.add(new Reader("materialized view " + v.name(), v.relations(), v.uses())));
        return all.stream();
    }

    private static View view(VirtualSchema vs, QualifiedName name) {
        View v = vs.views.get(name);
        if (v == null) {
            throw new SimulationException.NotExists("view " + name);
        }
        return v;
    }

    private static MaterializedView materializedView(VirtualSchema vs, QualifiedName name) {
        MaterializedView v = vs.materializedViews.get(name);
        if (v == null) {
            throw new SimulationException.NotExists("materialized view " + name);
        }
        return v;
    }
}
