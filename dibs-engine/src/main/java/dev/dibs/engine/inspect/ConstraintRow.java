package dev.dibs.engine.inspect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One row of {@code constraints.sql}, as read. Its columns are numbers ({@code attnum}): they are
 * named once every connection has read, from {@code columns.sql}'s rows, which another connection
 * may read at the same time (see {@link ConstraintRows#resolve}).
 *
 * @param definition         {@code pg_get_constraintdef}, null where {@link ConstraintDefinitions} writes it
 * @param referencedColumns  a foreign key's referenced columns by name, only when its table is not managed
 */
record ConstraintRow(long tableOid, String name, String type, Integer[] columns, String referencedSchema, String referencedTable,
                     long referencedOid, Integer[] referencedNumbers, List<String> referencedColumns, String referencedQuoted,
                     String onDelete, String onUpdate, boolean deferrable, boolean deferred, boolean validated, boolean enforced,
                     String checkExpression, boolean noInherit, String definition, String matchType, boolean nullsNotDistinct,
                     List<String> include, List<String> indexOptions, String referencedIndex, Integer[] onDeleteSetNumbers) {

    /** Reads the rows of one result set of {@code constraints.sql}: each column found by its name once, then read by number. */
    static final class Reader {
        private final int tableOid;
        private final int constraintName;
        private final int type;
        private final int columnNumbers;
        private final int referencedSchema;
        private final int referencedTable;
        private final int referencedOid;
        private final int referencedNumbers;
        private final int referencedColumns;
        private final int referencedQuoted;
        private final int onDelete;
        private final int onUpdate;
        private final int deferrable;
        private final int deferred;
        private final int validated;
        private final int enforced;
        private final int checkExpression;
        private final int noInherit;
        private final int definition;
        private final int matchType;
        private final int nullsNotDistinct;
        private final int include;
        private final int indexOptions;
        private final int referencedIndex;
        private final int onDeleteSetNumbers;

        Reader(ResultSet rs) throws SQLException {
            tableOid = rs.findColumn("table_oid");
            constraintName = rs.findColumn("constraint_name");
            type = rs.findColumn("type");
            columnNumbers = rs.findColumn("column_numbers");
            referencedSchema = rs.findColumn("referenced_schema");
            referencedTable = rs.findColumn("referenced_table");
            referencedOid = rs.findColumn("referenced_oid");
            referencedNumbers = rs.findColumn("referenced_numbers");
            referencedColumns = rs.findColumn("referenced_columns");
            referencedQuoted = rs.findColumn("referenced_quoted");
            onDelete = rs.findColumn("on_delete");
            onUpdate = rs.findColumn("on_update");
            deferrable = rs.findColumn("deferrable");
            deferred = rs.findColumn("deferred");
            validated = rs.findColumn("validated");
            enforced = rs.findColumn("enforced");
            checkExpression = rs.findColumn("check_expression");
            noInherit = rs.findColumn("no_inherit");
            definition = rs.findColumn("definition");
            matchType = rs.findColumn("match_type");
            nullsNotDistinct = rs.findColumn("nulls_not_distinct");
            include = rs.findColumn("include");
            indexOptions = rs.findColumn("index_options");
            referencedIndex = rs.findColumn("referenced_index");
            onDeleteSetNumbers = rs.findColumn("on_delete_set_numbers");
        }

        /** The current row. */
        ConstraintRow read(ResultSet rs) throws SQLException {
            boolean referenced = rs.getString(referencedColumns) != null;
            return new ConstraintRow(rs.getLong(tableOid), rs.getString(constraintName), rs.getString(type),
                    ArrayColumns.ints(rs, columnNumbers), rs.getString(referencedSchema), rs.getString(referencedTable),
                    rs.getLong(referencedOid), ArrayColumns.ints(rs, referencedNumbers),
                    referenced ? ArrayColumns.strings(rs, referencedColumns) : null, rs.getString(referencedQuoted),
                    rs.getString(onDelete), rs.getString(onUpdate), rs.getBoolean(deferrable), rs.getBoolean(deferred),
                    rs.getBoolean(validated), rs.getBoolean(enforced), rs.getString(checkExpression), rs.getBoolean(noInherit),
                    rs.getString(definition), rs.getString(matchType), rs.getBoolean(nullsNotDistinct),
                    ArrayColumns.strings(rs, include), ArrayColumns.strings(rs, indexOptions), rs.getString(referencedIndex),
                    ArrayColumns.ints(rs, onDeleteSetNumbers));
        }
    }
}
