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
import java.util.List;
import java.util.Map;

/** Rows of {@code constraints.sql} into primary keys, uniques, foreign keys, checks and exclusion constraints. */
final class ConstraintRows {

    private static final String NOT_VALID = " NOT VALID";

    private ConstraintRows() {
    }

    /** Reads every row, to be {@linkplain #resolve resolved} once the columns are read too. */
    static void read(ResultSet rs, List<ConstraintRow> rows) throws SQLException {
        ConstraintRow.Reader reader = new ConstraintRow.Reader(rs);
        while (rs.next()) {
            rows.add(reader.read(rs));
        }
    }

    /** Puts {@code rows} into their tables, their columns named from the tables' columns. */
    static void resolve(List<ConstraintRow> rows, Map<Long, TableParts> tables) {
        for (ConstraintRow row : rows) {
            TableParts table = tables.get(row.tableOid());
            if (table == null) {
                continue;
            }
            String name = row.name();
            // an exclusion is kept as its definition: its keys may be expressions (column number 0); a
            // check as its expression, which may read the whole row (column number 0: f(t))
            List<String> columns = row.type().equals("x") || row.type().equals("c") ? List.of() : table.columnNames(row.columns());
            Deferrability deferrability = deferrability(row.deferrable(), row.deferred());
            switch (row.type()) {
                case "p" -> table.primaryKey = new PrimaryKey(name, columns, row.include(), row.indexOptions(), deferrability);
                case "u" -> table.uniques.add(new UniqueConstraint(name, columns, row.nullsNotDistinct(), row.include(),
                        row.indexOptions(), deferrability));
                case "c" -> table.checks.add(new Check(name, row.checkExpression(), row.validated(), row.enforced(), row.noInherit()));
                case "x" -> table.exclusions.add(new Exclusion(name, row.definition()));
                case "f" -> table.foreignKeys.add(new ForeignKey(name, columns,
                        new QualifiedName(row.referencedSchema(), row.referencedTable()), referencedColumns(row, tables),
                        action(row.onDelete()), action(row.onUpdate()), deferrability, row.validated(), row.enforced(),
                        row.referencedIndex(), table.columnNames(row.onDeleteSetNumbers())));
                default -> throw new IllegalStateException("constraints.sql returned the unexpected type " + row.type());
            }
            if (!row.type().equals("x")) {
                // NOT VALID is dibs's own business (it validates), not a difference of definition
                String definition = ConstraintDefinitions.of(row, table, tables);
                table.constraintPrints.put(name, new Fingerprints.ConstraintPrint(row.type(),
                        definition.endsWith(NOT_VALID) ? definition.substring(0, definition.length() - NOT_VALID.length()) : definition,
                        row.deferrable(), row.deferred(), row.noInherit(), row.type().equals("f") ? row.matchType() : null));
            }
        }
    }

    /** A foreign key's referenced columns: named by the query, or by the referenced managed table's column numbers. */
    private static List<String> referencedColumns(ConstraintRow row, Map<Long, TableParts> tables) {
        if (row.referencedColumns() != null) {
            return row.referencedColumns();
        }
        TableParts referenced = tables.get(row.referencedOid());
        if (referenced == null) {
            throw new IllegalStateException("dibs bug: constraints.sql named no referenced columns of a table it did not inspect");
        }
        return referenced.columnNames(row.referencedNumbers());
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
