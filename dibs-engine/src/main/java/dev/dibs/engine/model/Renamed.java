package dev.dibs.engine.model;

import java.util.Map;

/**
 * What a plan's explicit renames make of a database's tables and columns, for what reads that
 * database against the desired schema before planning: each table's and column's name once they ran.
 *
 * @param tables  a renamed table's old name to its new one
 * @param columns a renamed column, by its table's old name and its own old name, to its new name
 */
public record Renamed(Map<QualifiedName, QualifiedName> tables, Map<QualifiedName, Map<String, String>> columns) {

    /** No renames. */
    public static final Renamed NONE = new Renamed(Map.of(), Map.of());

    public Renamed {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    /** The name the database's {@code table} has once the renames ran. */
    public QualifiedName table(QualifiedName table) {
        return tables.getOrDefault(table, table);
    }

    /** The name column {@code column} of the database's {@code table} (its old name) has once the renames ran. */
    public String column(QualifiedName table, String column) {
        return columns.getOrDefault(table, Map.of()).getOrDefault(column, column);
    }
}
