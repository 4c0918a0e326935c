package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads {@code policies.sql}: one row per row-level-security policy of a managed table. */
final class PolicyRows {

    private PolicyRows() {
    }

    static void read(ResultSet rs, List<Policy> out) throws SQLException {
        while (rs.next()) {
            out.add(new Policy(new QualifiedName(rs.getString("schema_name"), rs.getString("table_name")),
                    rs.getString("policy_name"), rs.getBoolean("permissive"), rs.getString("command"),
                    ConstraintRows.strings(rs, "roles"), rs.getString("using_expression"), rs.getString("check_expression"),
                    rs.getString("comment"), ConstraintRows.strings(rs, "columns")));
        }
    }
}
