package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Rows of {@code columns.sql} into columns, in physical order. */
final class ColumnRows {

    private ColumnRows() {
    }

    static void read(ResultSet rs, Map<Long, TableParts> tables) throws SQLException {
        // each column found by its name once, then read by number: 13,000 rows at 1,000 tables
        int tableOid = rs.findColumn("table_oid");
        int expressionColumn = rs.findColumn("expression");
        int generated = rs.findColumn("generated");
        int identityColumn = rs.findColumn("identity");
        int number = rs.findColumn("column_number");
        int name = rs.findColumn("column_name");
        int quotedName = rs.findColumn("quoted_name");
        int type = rs.findColumn("type");
        int notNull = rs.findColumn("not_null");
        int comment = rs.findColumn("comment");
        int sequenceOptions = rs.findColumn("sequence_options");
        int statistics = rs.findColumn("statistics");
        int collation = rs.findColumn("collation");
        int collationSchema = rs.findColumn("collation_schema");
        while (rs.next()) {
            TableParts table = tables.get(rs.getLong(tableOid));
            if (table == null) {
                continue; // created between the two queries cannot happen in one snapshot; be safe anyway
            }
            String expression = rs.getString(expressionColumn);
            String generation = rs.getString(generated); // s stored, v virtual (PostgreSQL 18), empty otherwise
            boolean isGenerated = "s".equals(generation) || "v".equals(generation);
            Identity identity = switch (rs.getString(identityColumn)) {
                case "a" -> Identity.ALWAYS;
                case "d" -> Identity.BY_DEFAULT;
                default -> Identity.NONE;
            };
            int columnNumber = rs.getInt(number);
            String columnName = rs.getString(name);
            String collationName = rs.getString(collation);
            table.columnNames.put(columnNumber, columnName);
            table.quotedNames.put(columnNumber, rs.getString(quotedName));
            table.columns.add(new Column(columnName, PgType.parse(rs.getString(type)),
                    !rs.getBoolean(notNull), isGenerated ? null : expression, identity,
                    isGenerated ? expression : null, rs.getString(comment), "v".equals(generation),
                    rs.getString(sequenceOptions), (Integer) rs.getObject(statistics),
                    collationName == null ? null : new QualifiedName(rs.getString(collationSchema), collationName)));
        }
    }
}
