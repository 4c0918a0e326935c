package dev.dibs.engine.inspect;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads {@code routines.sql}: one {@link Routine} a row, in PostgreSQL's own words. */
final class RoutineRows {

    private RoutineRows() {
    }

    static void read(ResultSet rs, List<Routine> out) throws SQLException {
        while (rs.next()) {
            out.add(new Routine(new QualifiedName(rs.getString("schema_name"), rs.getString("routine_name")),
                    rs.getString("identity_arguments"), rs.getString("argument_types"), rs.getBoolean("procedure"), rs.getString("arguments"),
                    rs.getString("result"), rs.getString("language"), rs.getString("body"), rs.getString("volatility"),
                    rs.getBoolean("strict"), rs.getBoolean("security_definer"), rs.getBoolean("leakproof"),
                    rs.getString("parallel"), rs.getDouble("cost"), rs.getDouble("rows"),
                    ArrayColumns.strings(rs, "config"), rs.getString("definition"), rs.getString("comment"),
                    ArrayColumns.strings(rs, "depends_on")));
        }
    }
}
