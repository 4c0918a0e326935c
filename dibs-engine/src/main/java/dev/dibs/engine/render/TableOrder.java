package dev.dibs.engine.render;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The order of a script's {@code CREATE TABLE}s: as given, but an inheritance child after its
 * parents, and a table whose column takes another table's row type (or an array of it) after that table, which PostgreSQL must know first. A cycle
 * keeps the order given: no order creates it in one go, and PostgreSQL's refusal names the column.
 */
final class TableOrder {

    private TableOrder() {
    }

    static List<Table> rowTypesFirst(List<Table> tables) {
        List<Table> out = new ArrayList<>(tables.size());
        Set<Table> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Table> visiting = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Table t : tables) {
            place(t, tables, placed, visiting, out);
        }
        return out;
    }

    private static void place(Table t, List<Table> tables, Set<Table> placed, Set<Table> visiting, List<Table> out) {
        if (placed.contains(t) || !visiting.add(t)) {
            return;
        }
        for (Table other : tables) { // an inheritance child after its parents
            if (other != t && t.options().inherits().contains(other.name())) {
                place(other, tables, placed, visiting, out);
            }
        }
        for (Column c : t.columns()) {
            for (Table other : tables) {
                if (other != t && rowTypeOf(c.type().element(), t, other)) {
                    place(other, tables, placed, visiting, out);
                }
            }
        }
        visiting.remove(t);
        placed.add(t);
        out.add(t);
    }

    /** Whether {@code type}, of a column of {@code user}, names {@code table}'s row type (unqualified: in the user's schema or public). */
    private static boolean rowTypeOf(PgType type, Table user, Table table) {
        if (type.modifiers().size() > 0 || !type.name().equals(table.name().name())) {
            return false;
        }
        String schema = table.name().schema();
        return type.schema() == null ? schema.equals(user.name().schema()) || schema.equals("public") : type.schema().equals(schema);
    }
}
