package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.plan.Plan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops of the index a table's {@code REPLICA IDENTITY USING INDEX} names, for {@link PlanBlockers}.
 * dibs does not manage replica identity (a "table option" note says it); PostgreSQL gives the role
 * to no other index, not even one created again under the same name, so the table is left with no
 * replica identity, and {@code UPDATE} and {@code DELETE} fail on it while a publication publishes
 * them. That is a warning, not a refusal: the plan applies, and the fix is one statement after it. A
 * {@code DROP NOT NULL} on a key column of that index (one the plan keeps) is a refusal: PostgreSQL
 * refuses the statement (the plan would fail there and be rolled back), and the fix is one statement
 * before the plan.
 */
final class ReplicaIdentities {

    private static final String USING_INDEX = "REPLICA IDENTITY USING INDEX ";

    private ReplicaIdentities() {
    }

    /** Adds a DROP NOT NULL PostgreSQL refuses to {@code refusals}, a drop of the index to {@code doubts}. */
    static void find(Plan plan, List<NotManaged> notManaged, Schema desired, List<String> refusals, List<String> doubts) {
        Map<QualifiedName, String> indexByTable = new HashMap<>();
        for (NotManaged n : notManaged) {
            if (n.kind().equals("table option") && n.detail() != null) {
                String index = indexName(n.detail());
                if (index != null) {
                    indexByTable.put(new QualifiedName(n.schema(), n.name()), index);
                }
            }
        }
        if (indexByTable.isEmpty()) {
            return;
        }
        // the role follows the table and the index through their renames: both names are the same identity
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.RenameTable r && indexByTable.containsKey(r.from())) {
                indexByTable.put(r.target(), indexByTable.get(r.from()));
            }
        }
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.RenameIndex r && r.from().equals(indexByTable.get(r.table()))) {
                indexByTable.put(r.table(), r.to());
            } else if (change instanceof SchemaChange.RenameConstraint r && r.from().equals(indexByTable.get(r.table()))) {
                indexByTable.put(r.table(), r.to()); // a key's index is renamed with it
            }
        }
        for (SchemaChange change : plan.changes()) {
            QualifiedName table = droppedFrom(change);
            String dropped = dropped(change);
            if (change instanceof SchemaChange.AlterColumn a && a.aspects().contains(SchemaChange.ColumnAspect.NULLABILITY)
                    && a.to().nullable() && indexByTable.containsKey(a.table())) {
                String index = indexByTable.get(a.table());
                String column = a.to().name();
                // dropped by the plan (before any column change), the index holds the column no more
                boolean indexDropped = plan.changes().stream().anyMatch(c -> a.table().equals(droppedFrom(c)) && index.equals(dropped(c)));
                if (!indexDropped && keyColumns(desired, a.table(), index).contains(column)) {
                    String t = Printable.escape(a.table().toString());
                    refusals.add("The plan drops NOT NULL from " + t + "." + Printable.escape(column) + ", a column of " + Printable.escape(index)
                            + ", the index " + t + "'s REPLICA IDENTITY uses: PostgreSQL refuses it (\"column is in index used as"
                            + " replica identity\"). dibs does not manage replica identity: first run ALTER TABLE " + t
                            + " REPLICA IDENTITY DEFAULT (or USING INDEX another unique index of NOT NULL columns, or FULL), by hand"
                            + " or in a migration; or keep the column NOT NULL.");
                }
                continue;
            }
            if (table == null || !dropped.equals(indexByTable.get(table))) {
                continue;
            }
            String name = dropped;
            boolean again = desired.table(table).map(t -> t.index(name).isPresent() || t.unique(name).isPresent()
                    || t.primaryKey() != null && t.primaryKey().name().equals(name)).orElse(false);
            String t = Printable.escape(table.toString());
            doubts.add("The plan drops " + Printable.escape(name) + ", the index " + t + "'s REPLICA IDENTITY uses: PostgreSQL gives"
                    + " that role to no other index" + (again ? ", not even the one the plan creates again under its name" : "")
                    + ", so " + t + " is left with no replica identity, and UPDATE and DELETE fail on it while a publication"
                    + " publishes them. dibs does not manage replica identity: after the plan, run ALTER TABLE " + t
                    + " REPLICA IDENTITY USING INDEX " + (again ? Printable.escape(name) : "…") + " (by hand, or in a migration)"
                    + (again ? "." : ", naming another unique index, or REPLICA IDENTITY DEFAULT or FULL."));
        }
    }

    /** The table whose index, unique constraint or primary key {@code change} drops; null for any other change. */
    private static QualifiedName droppedFrom(SchemaChange change) {
        if (change instanceof SchemaChange.DropIndex d) {
            return d.table();
        } else if (change instanceof SchemaChange.DropUnique d) {
            return d.table();
        } else if (change instanceof SchemaChange.DropPrimaryKey d) {
            return d.table();
        }
        return null;
    }

    /** The name of the index, unique constraint or primary key {@code change} drops; null for any other change. */
    private static String dropped(SchemaChange change) {
        if (change instanceof SchemaChange.DropIndex d) {
            return d.index().name();
        } else if (change instanceof SchemaChange.DropUnique d) {
            return d.unique().name();
        } else if (change instanceof SchemaChange.DropPrimaryKey d) {
            return d.key().name();
        }
        return null;
    }

    /** The key columns of the index, unique constraint or primary key {@code name} of {@code table} in {@code desired}; empty when none. */
    private static List<String> keyColumns(Schema desired, QualifiedName table, String name) {
        var t = desired.table(table).orElse(null);
        if (t == null) {
            return List.of();
        }
        if (t.primaryKey() != null && t.primaryKey().name().equals(name)) {
            return t.primaryKey().columns();
        }
        if (t.unique(name).isPresent()) {
            return t.unique(name).get().columns();
        }
        return t.index(name).map(i -> i.keys().stream().filter(k -> !k.isExpression()).map(k -> k.column()).toList()).orElse(List.of());
    }

    /** The index a "table option" note's {@code REPLICA IDENTITY USING INDEX} names, as {@code quote_ident} wrote it; null when none. */
    static String indexName(String detail) {
        int at = detail.indexOf(USING_INDEX);
        if (at < 0) {
            return null;
        }
        String rest = detail.substring(at + USING_INDEX.length());
        if (rest.startsWith("\"")) {
            StringBuilder name = new StringBuilder();
            for (int i = 1; i < rest.length(); i++) {
                char c = rest.charAt(i);
                if (c == '"' && i + 1 < rest.length() && rest.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else if (c == '"') {
                    return name.toString();
                } else {
                    name.append(c);
                }
            }
            return null;
        }
        int end = rest.indexOf(", ");
        String name = end < 0 ? rest : rest.substring(0, end);
        return name.equals("?") ? null : name;
    }
}
