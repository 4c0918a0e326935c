package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code policies.sql}: one row per row-level-security policy of a managed table. */
final class PolicyRows {

    private PolicyRows() {
    }

    static void read(ResultSet rs, List<Policy> out) throws SQLException {
        while (rs.next()) {
            List<String> schemas = ArrayColumns.strings(rs, "read_schemas");
            List<String> names = ArrayColumns.strings(rs, "read_relations");
            List<String> columns = ArrayColumns.strings(rs, "read_columns");
            List<QualifiedName> relations = new ArrayList<>();
            List<RelationColumn> uses = new ArrayList<>();
            for (int i = 0; i < schemas.size(); i++) {
                QualifiedName relation = new QualifiedName(schemas.get(i), names.get(i));
                relations.add(relation);
                if (columns.get(i) != null) {
                    uses.add(new RelationColumn(relation, columns.get(i)));
                }
            }
            out.add(new Policy(new QualifiedName(rs.getString("schema_name"), rs.getString("table_name")),
                    rs.getString("policy_name"), rs.getBoolean("permissive"), rs.getString("command"),
                    ArrayColumns.strings(rs, "roles"), rs.getString("using_expression"), rs.getString("check_expression"),
                    rs.getString("comment"), ArrayColumns.strings(rs, "columns"), relations, uses));
        }
    }
}
