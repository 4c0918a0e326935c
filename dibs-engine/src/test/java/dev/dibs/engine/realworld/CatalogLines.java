package dev.dibs.engine.realworld;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A database's schemas as the sorted lines of {@code sql/catalog.sql}: a description taken from
 * PostgreSQL's own catalog functions ({@code pg_get_indexdef}, {@code pg_get_constraintdef},
 * {@code format_type}, …), independent of dibs's model, so that what the model leaves out still shows.
 */
final class CatalogLines {

    /**
     * One line of the description.
     *
     * @param kind     the aspect, e.g. {@code index}, {@code persistence}, {@code comment}
     * @param object   the object it is about: {@code schema.name} or {@code schema.table.member}
     * @param relation the relation the object belongs to (or is), null for types and functions
     * @param text     the line itself, which says everything compared
     */
    record Line(String kind, String object, String relation, String text) {
    }

    /**
     * A line only one side has: {@code inTarget} true when database A (the target) has it and the
     * reference B does not.
     */
    record Difference(Line line, boolean inTarget) {
        @Override
        public String toString() {
            return (inTarget ? "only in A: " : "only in B: ") + line.text();
        }
    }

    private CatalogLines() {
    }

    static List<Line> read(ConnectionInfo database, List<String> schemas) throws SQLException {
        String sql = SqlResources.load(CatalogLines.class, "catalog");
        try (Connection c = database.open(); PreparedStatement ps = c.prepareStatement(sql)) {
            // an empty search_path qualifies every name the catalog functions print, as dibs's inspector
            // reads them, so that a line names an object as dibs's notes do
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_catalog.set_config('search_path', '', false)");
            }
            int parameters = sql.split("\\?::text\\[\\]", -1).length - 1;
            for (int i = 1; i <= parameters; i++) {
                ps.setArray(i, c.createArrayOf("text", schemas.toArray()));
            }
            List<Line> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getString("kind"), rs.getString("object"), rs.getString("relation"), rs.getString("line")));
                }
            }
            return List.copyOf(lines);
        }
    }

    /** The lines one side has more often than the other, A's first, each in the query's order. */
    static List<Difference> compare(List<Line> target, List<Line> reference) {
        Map<String, Integer> counts = new HashMap<>();
        reference.forEach(l -> counts.merge(l.text(), 1, Integer::sum));
        List<Difference> differences = new ArrayList<>();
        for (Line l : target) {
            if (counts.merge(l.text(), -1, Integer::sum) < 0) {
                differences.add(new Difference(l, true));
            }
        }
        Map<String, Integer> inTarget = new HashMap<>();
        target.forEach(l -> inTarget.merge(l.text(), 1, Integer::sum));
        for (Line l : reference) {
            if (inTarget.merge(l.text(), -1, Integer::sum) < 0) {
                differences.add(new Difference(l, false));
            }
        }
        return List.copyOf(differences);
    }
}
