package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Rows of {@code columns.sql} into columns, in physical order. */
final class ColumnRows {

    private ColumnRows() {
    }

    static void read(ResultSet rs, Map<Long, TableParts> tables) throws SQLException {
        while (rs.next()) {
            TableParts table = tables.get(rs.getLong("table_oid"));
            if (table == null) {
                continue; // created between the two queries cannot happen in one snapshot; be safe anyway
            }
            String expression = rs.getString("expression");
            String generation = rs.getString("generated"); // s stored, v virtual (PostgreSQL 18), empty otherwise
            boolean generated = "s".equals(generation) || "v".equals(generation);
            Identity identity = switch (rs.getString("identity")) {
                case "a" -> Identity.ALWAYS;
                case "d" -> Identity.BY_DEFAULT;
                default -> Identity.NONE;
            };
            table.columnNames.put(rs.getInt("column_number"), rs.getString("column_name"));
            table.quotedNames.put(rs.getInt("column_number"), rs.getString("quoted_name"));
            table.columns.add(new Column(rs.getString("column_name"), PgType.parse(rs.getString("type")),
                    !rs.getBoolean("not_null"), generated ? null : expression, identity,
                    generated ? expression : null, rs.getString("comment"), "v".equals(generation),
                    rs.getString("sequence_options")));
        }
    }
}
