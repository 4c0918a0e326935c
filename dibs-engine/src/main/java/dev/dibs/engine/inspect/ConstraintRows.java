package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.UniqueConstraint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Rows of {@code constraints.sql} into primary keys, uniques, foreign keys, checks and exclusion constraints. */
final class ConstraintRows {

    private static final String NOT_VALID = " NOT VALID";

    private ConstraintRows() {
    }

    static void read(ResultSet rs, Map<Long, TableParts> tables) throws SQLException {
        while (rs.next()) {
            TableParts table = tables.get(rs.getLong("table_oid"));
            if (table == null) {
                continue;
            }
            String name = rs.getString("constraint_name");
            java.sql.Array numberArray = rs.getArray("column_numbers"); // none for a check of no column
            Integer[] numbers = numberArray == null ? new Integer[0] : (Integer[]) numberArray.getArray();
            List<String> columns = table.columnNames(numbers);
            switch (rs.getString("type")) {
                case "p" -> table.primaryKey = new PrimaryKey(name, columns, strings(rs, "include"), strings(rs, "index_options"),
                        deferrability(rs.getBoolean("deferrable"), rs.getBoolean("deferred")));
                case "u" -> table.uniques.add(new UniqueConstraint(name, columns, rs.getBoolean("nulls_not_distinct"),
                        strings(rs, "include"), strings(rs, "index_options"),
                        deferrability(rs.getBoolean("deferrable"), rs.getBoolean("deferred"))));
                case "c" -> table.checks.add(new Check(name, rs.getString("check_expression"), rs.getBoolean("validated"),
                        rs.getBoolean("enforced"), rs.getBoolean("no_inherit")));
                case "x" -> table.exclusions.add(new Exclusion(name, ConstraintDefinitions.of(rs, table, tables, numbers)));
                case "f" -> table.foreignKeys.add(new ForeignKey(name, columns,
                        new QualifiedName(rs.getString("referenced_schema"), rs.getString("referenced_table")),
                        referencedColumns(rs, tables), action(rs.getString("on_delete")), action(rs.getString("on_update")),
                        deferrability(rs.getBoolean("deferrable"), rs.getBoolean("deferred")), rs.getBoolean("validated"),
                        rs.getBoolean("enforced"), rs.getString("referenced_index")));
                default -> throw new IllegalStateException("constraints.sql returned the unexpected type " + rs.getString("type"));
            }
            String type = rs.getString("type");
            if (!type.equals("x")) {
                // NOT VALID is dibs's own business (it validates), not a difference of definition
                String definition = ConstraintDefinitions.of(rs, table, tables, numbers);
                table.constraintPrints.put(name, new Fingerprints.ConstraintPrint(type,
                        definition.endsWith(NOT_VALID) ? definition.substring(0, definition.length() - NOT_VALID.length()) : definition,
                        rs.getBoolean("deferrable"), rs.getBoolean("deferred"), rs.getBoolean("no_inherit"),
                        type.equals("f") ? rs.getString("match_type") : null));
            }
        }
    }

    /** A foreign key's referenced columns: named by the query, or by the referenced managed table's column numbers. */
    private static List<String> referencedColumns(ResultSet rs, Map<Long, TableParts> tables) throws SQLException {
        if (rs.getArray("referenced_columns") != null) {
            return strings(rs, "referenced_columns");
        }
        TableParts referenced = tables.get(rs.getLong("referenced_oid"));
        if (referenced == null) {
            throw new IllegalStateException("dibs bug: constraints.sql named no referenced columns of a table it did not inspect");
        }
        return referenced.columnNames((Integer[]) rs.getArray("referenced_numbers").getArray());
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "a" -> ReferentialAction.NO_ACTION;
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> throw new IllegalStateException("unknown foreign key action code " + code);
        };
    }

    private static Deferrability deferrability(boolean deferrable, boolean deferred) {
        if (!deferrable) {
            return Deferrability.NOT_DEFERRABLE;
        }
        return deferred ? Deferrability.INITIALLY_DEFERRED : Deferrability.INITIALLY_IMMEDIATE;
    }
}
