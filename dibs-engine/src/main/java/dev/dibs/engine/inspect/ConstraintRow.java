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
                     List<String> include, List<String> indexOptions, String referencedIndex) {

    static ConstraintRow read(ResultSet rs) throws SQLException {
        boolean referenced = rs.getString("referenced_columns") != null;
        return new ConstraintRow(rs.getLong("table_oid"), rs.getString("constraint_name"), rs.getString("type"),
                ArrayColumns.ints(rs, "column_numbers"), rs.getString("referenced_schema"), rs.getString("referenced_table"),
                rs.getLong("referenced_oid"), ArrayColumns.ints(rs, "referenced_numbers"),
                referenced ? ArrayColumns.strings(rs, "referenced_columns") : null, rs.getString("referenced_quoted"),
                rs.getString("on_delete"), rs.getString("on_update"), rs.getBoolean("deferrable"), rs.getBoolean("deferred"),
                rs.getBoolean("validated"), rs.getBoolean("enforced"), rs.getString("check_expression"), rs.getBoolean("no_inherit"),
                rs.getString("definition"), rs.getString("match_type"), rs.getBoolean("nulls_not_distinct"),
                ArrayColumns.strings(rs, "include"), ArrayColumns.strings(rs, "index_options"), rs.getString("referenced_index"));
    }
}
