package dev.dibs.engine.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What {@code pg_get_constraintdef} prints for the constraints constraints.sql does not call it for:
 * a check, a key without INCLUDE columns, a foreign key to a managed table setting all its columns on
 * delete. Written from the row's own columns in PostgreSQL's words, so that the fidelity guard
 * compares the same text whichever way it came (ConstraintDefinitionTest holds it to PostgreSQL's).
 */
final class ConstraintDefinitions {

    private ConstraintDefinitions() {
    }

    /** The definition of the current row of constraints.sql, a constraint of {@code table}. */
    static String of(ResultSet rs, TableParts table, Map<Long, TableParts> tables, Integer[] columns) throws SQLException {
        String printed = rs.getString("definition");
        if (printed != null) {
            return printed;
        }
        StringBuilder sql = new StringBuilder();
        String type = rs.getString("type");
        switch (type) {
            case "c" -> sql.append("CHECK (").append(rs.getString("check_expression")).append(')')
                    .append(rs.getBoolean("no_inherit") ? " NO INHERIT" : "");
            case "p" -> sql.append("PRIMARY KEY (").append(list(table.quotedNames(columns))).append(')');
            case "u" -> sql.append("UNIQUE ").append(rs.getBoolean("nulls_not_distinct") ? "NULLS NOT DISTINCT " : "")
                    .append('(').append(list(table.quotedNames(columns))).append(')');
            case "f" -> {
                TableParts referenced = tables.get(rs.getLong("referenced_oid"));
                if (referenced == null) {
                    throw new IllegalStateException("dibs bug: constraints.sql printed no definition for a foreign key to a table"
                            + " it did not inspect");
                }
                sql.append("FOREIGN KEY (").append(list(table.quotedNames(columns))).append(") REFERENCES ")
                        .append(rs.getString("referenced_quoted")).append('(')
                        .append(list(referenced.quotedNames((Integer[]) rs.getArray("referenced_numbers").getArray()))).append(')')
                        .append(switch (rs.getString("match_type")) {
                            case "f" -> " MATCH FULL";
                            case "p" -> " MATCH PARTIAL";
                            default -> "";
                        })
                        .append(action(" ON UPDATE ", rs.getString("on_update")))
                        .append(action(" ON DELETE ", rs.getString("on_delete")));
            }
            default -> throw new IllegalStateException("dibs bug: constraints.sql printed no definition for a constraint of type " + type);
        }
        if (rs.getBoolean("deferrable")) {
            sql.append(" DEFERRABLE");
        }
        if (rs.getBoolean("deferred")) {
            sql.append(" INITIALLY DEFERRED");
        }
        if (!rs.getBoolean("enforced")) {
            sql.append(" NOT ENFORCED");
        } else if (!rs.getBoolean("validated")) {
            sql.append(" NOT VALID");
        }
        return sql.toString();
    }

    private static String list(List<String> names) {
        return String.join(", ", names);
    }

    /** A referential action as PostgreSQL prints it: nothing for NO ACTION, the default. */
    private static String action(String clause, String code) {
        return switch (code) {
            case "r" -> clause + "RESTRICT";
            case "c" -> clause + "CASCADE";
            case "n" -> clause + "SET NULL";
            case "d" -> clause + "SET DEFAULT";
            default -> "";
        };
    }
}
