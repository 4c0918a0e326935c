package dev.dibs.engine.inspect;

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

    /** The definition of {@code row}, a constraint of {@code table}. */
    static String of(ConstraintRow row, TableParts table, Map<Long, TableParts> tables) {
        Integer[] columns = row.columns();
        String printed = row.definition();
        if (printed != null) {
            return printed;
        }
        StringBuilder sql = new StringBuilder();
        String type = row.type();
        switch (type) {
            case "c" -> sql.append("CHECK (").append(row.checkExpression()).append(')')
                    .append(row.noInherit() ? " NO INHERIT" : "");
            case "p" -> sql.append("PRIMARY KEY (").append(list(table.quotedNames(columns))).append(')');
            case "u" -> sql.append("UNIQUE ").append(row.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
                    .append('(').append(list(table.quotedNames(columns))).append(')');
            case "f" -> {
                TableParts referenced = tables.get(row.referencedOid());
                if (referenced == null) {
                    throw new IllegalStateException("dibs bug: constraints.sql printed no definition for a foreign key to a table"
                            + " it did not inspect");
                }
                sql.append("FOREIGN KEY (").append(list(table.quotedNames(columns))).append(") REFERENCES ")
                        .append(row.referencedQuoted()).append('(')
                        .append(list(referenced.quotedNames(row.referencedNumbers()))).append(')')
                        .append(switch (row.matchType()) {
                            case "f" -> " MATCH FULL";
                            case "p" -> " MATCH PARTIAL";
                            default -> "";
                        })
                        .append(action(" ON UPDATE ", row.onUpdate()))
                        .append(action(" ON DELETE ", row.onDelete()));
            }
            default -> throw new IllegalStateException("dibs bug: constraints.sql printed no definition for a constraint of type " + type);
        }
        if (row.deferrable()) {
            sql.append(" DEFERRABLE");
        }
        if (row.deferred()) {
            sql.append(" INITIALLY DEFERRED");
        }
        if (!row.enforced()) {
            sql.append(" NOT ENFORCED");
        } else if (!row.validated()) {
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
