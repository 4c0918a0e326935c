package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Collation;
import dev.dibs.engine.model.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads {@code collations.sql}: one {@link Collation} a row. */
final class CollationRows {

    private CollationRows() {
    }

    static void read(ResultSet rs, List<Collation> out) throws SQLException {
        while (rs.next()) {
            out.add(new Collation(new QualifiedName(rs.getString("schema_name"), rs.getString("collation_name")),
                    rs.getString("provider"), rs.getString("locale"), rs.getString("lc_collate"), rs.getString("lc_ctype"),
                    rs.getBoolean("deterministic"), rs.getString("rules"), rs.getString("comment")));
        }
    }
}
