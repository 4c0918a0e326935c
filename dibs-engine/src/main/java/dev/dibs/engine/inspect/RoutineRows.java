package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads {@code routines.sql}: one {@link Routine} a row, in PostgreSQL's own words, and the
 * operators that come in the same statement (object_kind {@code operator}) one {@link Operator} a row.
 */
final class RoutineRows {

    private RoutineRows() {
    }

    static void read(ResultSet rs, List<Routine> out, List<Operator> operators) throws SQLException {
        while (rs.next()) {
            if ("operator".equals(rs.getString("object_kind"))) {
                operators.add(operator(rs));
                continue;
            }
            out.add(new Routine(new QualifiedName(rs.getString("schema_name"), rs.getString("routine_name")),
                    rs.getString("identity_arguments"), rs.getString("argument_types"), rs.getBoolean("procedure"), rs.getString("arguments"),
                    rs.getString("result"), rs.getString("language"), rs.getString("body"), rs.getString("volatility"),
                    rs.getBoolean("strict"), rs.getBoolean("security_definer"), rs.getBoolean("leakproof"),
                    rs.getString("parallel"), rs.getDouble("cost"), rs.getDouble("rows"),
                    ArrayColumns.strings(rs, "config"), rs.getString("definition"), rs.getString("comment"),
                    ArrayColumns.strings(rs, "depends_on")));
        }
    }

    private static Operator operator(ResultSet rs) throws SQLException {
        return new Operator(new QualifiedName(rs.getString("schema_name"), rs.getString("routine_name")), rs.getString("left_type"),
                rs.getString("right_type"), name(rs, "function"), name(rs, "commutator"), name(rs, "negator"), name(rs, "restrict"),
                name(rs, "join"), rs.getBoolean("hashes"), rs.getBoolean("merges"), rs.getString("comment"));
    }

    /** {@code <what>_schema} and {@code <what>_name} as one name; null when the row has none. */
    private static QualifiedName name(ResultSet rs, String what) throws SQLException {
        String name = rs.getString(what + "_name");
        return name == null ? null : new QualifiedName(rs.getString(what + "_schema"), name);
    }
}
