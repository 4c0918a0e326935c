package dev.dibs.engine.inspect;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Trigger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads {@code triggers.sql}: one row per trigger of a managed table. */
final class TriggerRows {

    private TriggerRows() {
    }

    static void read(ResultSet rs, List<Trigger> out) throws SQLException {
        while (rs.next()) {
            out.add(new Trigger(new QualifiedName(rs.getString("schema_name"), rs.getString("table_name")),
                    rs.getString("trigger_name"), rs.getString("definition"), rs.getString("function"),
                    rs.getString("enabled"), rs.getString("comment"), ArrayColumns.strings(rs, "columns")));
        }
    }
}
