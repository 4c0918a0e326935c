package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code domains.sql}: one row per domain, its checks as three parallel arrays. */
final class DomainRows {

    private DomainRows() {
    }

    static void read(ResultSet rs, List<Domain> out) throws SQLException {
        while (rs.next()) {
            List<String> names = ArrayColumns.strings(rs, "check_names");
            List<String> definitions = ArrayColumns.strings(rs, "check_definitions");
            Boolean[] validated = (Boolean[]) rs.getArray("check_validated").getArray();
            List<DomainCheck> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(new DomainCheck(names.get(i), definitions.get(i), validated[i]));
            }
            out.add(new Domain(new QualifiedName(rs.getString("schema_name"), rs.getString("domain_name")), rs.getString("base_type"),
                    rs.getString("collation"), rs.getString("default_expression"), rs.getBoolean("not_null"), checks,
                    rs.getString("comment")));
        }
    }
}
