package dev.dibs.engine.report;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables a report shows and in which order: those the plan adds, changes or drops first, then
 * their neighbours (tables a foreign key links to one of them, either way), then the unchanged rest,
 * which the page folds. At a thousand tables a reader looks for what changed, not for everything.
 *
 * @param focus     changed tables, then their neighbours, each in schema order
 * @param unchanged every other table, in schema order
 */
record ReportTables(List<Shown> focus, List<Shown> unchanged, Map<QualifiedName, Set<String>> addedColumns,
                    Map<QualifiedName, Set<String>> changedColumns, Map<QualifiedName, List<Column>> droppedColumns) {

    /** States of a table; {@code neighbour} and {@code same} tables are unchanged themselves. */
    static final String ADDED = "added";
    static final String CHANGED = "changed";
    static final String DROPPED = "dropped";
    static final String NEIGHBOUR = "neighbour";
    static final String SAME = "same";

    /** A table as a report shows it: its state and the plan's changes to it, in plan order. */
    record Shown(Table table, String state, List<SchemaChange> changes) {
        boolean changed() {
            return !state.equals(NEIGHBOUR) && !state.equals(SAME);
        }
    }

    static ReportTables of(Schema desired, List<SchemaChange> changes) {
        List<Table> tables = new ArrayList<>(desired == null ? List.of() : desired.tables());
        Set<QualifiedName> added = new HashSet<>();
        Set<QualifiedName> dropped = new HashSet<>();
        Map<QualifiedName, Set<String>> addedColumns = new HashMap<>();
        Map<QualifiedName, Set<String>> changedColumns = new HashMap<>();
        Map<QualifiedName, List<Column>> droppedColumns = new HashMap<>();
        Map<String, List<SchemaChange>> byTable = new HashMap<>();
        for (SchemaChange c : changes) {
            if (c instanceof AddTable a) {
                added.add(a.table().name());
            } else if (c instanceof DropTable d) {
                tables.add(d.table());
                dropped.add(d.table().name());
            } else if (c instanceof AddColumn a) {
                addedColumns.computeIfAbsent(a.table(), k -> new HashSet<>()).add(a.column().name());
            } else if (c instanceof AlterColumn a) {
                changedColumns.computeIfAbsent(a.table(), k -> new HashSet<>()).add(a.to().name());
            } else if (c instanceof DropColumn d) {
                droppedColumns.computeIfAbsent(d.table(), k -> new ArrayList<>()).add(d.column());
            }
            String table = ChangeDescriber.describe(c).table();
            if (table != null) {
                byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(c);
            }
        }
        Map<QualifiedName, String> state = new LinkedHashMap<>();
        for (Table t : tables) {
            String name = t.name().toString();
            state.putIfAbsent(t.name(), dropped.contains(t.name()) ? DROPPED : added.contains(t.name()) ? ADDED
                    : byTable.containsKey(name) ? CHANGED : SAME);
        }
        // neighbours both ways: a table whose key points at a changed one, and the tables a changed one points at
        for (Table t : tables) {
            boolean changed = !state.get(t.name()).equals(SAME) && !state.get(t.name()).equals(NEIGHBOUR);
            for (ForeignKey fk : t.foreignKeys()) {
                String target = state.get(fk.referencedTable());
                if (target == null) {
                    continue;
                }
                boolean targetChanged = !target.equals(SAME) && !target.equals(NEIGHBOUR);
                if (changed && !targetChanged) {
                    state.put(fk.referencedTable(), NEIGHBOUR);
                } else if (targetChanged && !changed) {
                    state.put(t.name(), NEIGHBOUR);
                }
            }
        }
        List<Shown> changedTables = new ArrayList<>();
        List<Shown> neighbours = new ArrayList<>();
        List<Shown> unchanged = new ArrayList<>();
        Set<QualifiedName> seen = new HashSet<>();
        for (Table t : tables) {
            if (!seen.add(t.name())) {
                continue;
            }
            Shown shown = new Shown(t, state.get(t.name()), byTable.getOrDefault(t.name().toString(), List.of()));
            (shown.changed() ? changedTables : shown.state().equals(NEIGHBOUR) ? neighbours : unchanged).add(shown);
        }
        changedTables.addAll(neighbours);
        return new ReportTables(List.copyOf(changedTables), List.copyOf(unchanged), addedColumns, changedColumns, droppedColumns);
    }

    /** How many tables the report knows. */
    int size() {
        return focus.size() + unchanged.size();
    }

    /** How a column of a table reads in the report: added, changed, dropped or same. */
    String columnMark(Shown t, Column c) {
        return addedColumns.getOrDefault(t.table().name(), Set.of()).contains(c.name()) || t.state().equals(ADDED) ? ADDED
                : changedColumns.getOrDefault(t.table().name(), Set.of()).contains(c.name()) ? CHANGED
                : t.state().equals(DROPPED) ? DROPPED : SAME;
    }

    /** The columns a table loses, shown after its own (the desired table no longer has them). */
    List<Column> dropped(Shown t) {
        return droppedColumns.getOrDefault(t.table().name(), List.of());
    }
}
