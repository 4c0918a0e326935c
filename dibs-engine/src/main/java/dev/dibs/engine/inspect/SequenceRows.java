package dev.dibs.engine.inspect;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Sequence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads {@code sequences.sql}: one sequence of its own a row (not a column's: see {@link Sequence}). */
final class SequenceRows {

    private SequenceRows() {
    }

    static void read(ResultSet rs, List<Sequence> out) throws SQLException {
        while (rs.next()) {
            out.add(new Sequence(new QualifiedName(rs.getString("schema_name"), rs.getString("sequence_name")),
                    rs.getString("data_type"), rs.getLong("increment"), rs.getLong("min_value"), rs.getLong("max_value"),
                    rs.getLong("start"), rs.getLong("cache"), rs.getBoolean("cycle"), rs.getString("owned_by"),
                    rs.getString("comment")));
        }
    }
}
