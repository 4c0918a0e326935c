package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.QualifiedName;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads {@code operators.sql}: one {@link Operator} a row. */
final class OperatorRows {

    private OperatorRows() {
    }

    static void read(ResultSet rs, List<Operator> out) throws SQLException {
        while (rs.next()) {
            out.add(new Operator(new QualifiedName(rs.getString("schema_name"), rs.getString("operator_name")),
                    rs.getString("left_type"), rs.getString("right_type"), name(rs, "function"), name(rs, "commutator"),
                    name(rs, "negator"), name(rs, "restrict"), name(rs, "join"), rs.getBoolean("hashes"), rs.getBoolean("merges"),
                    rs.getString("comment")));
        }
    }

    /** {@code <what>_schema} and {@code <what>_name} as one name; null when the row has none. */
    private static QualifiedName name(ResultSet rs, String what) throws SQLException {
        String name = rs.getString(what + "_name");
        return name == null ? null : new QualifiedName(rs.getString(what + "_schema"), name);
    }
}
