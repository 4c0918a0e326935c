package dev.dibs.bench;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.postgres.ConnectionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a tool's plan made a database what the reference is: both inspected (schema {@code public}) and their
 * models compared as a whole, not through dibs's planner; a difference is named by its first table and column.
 */
final class Convergence {

    private static final List<String> PUBLIC = List.of("public");

    private Convergence() {
    }

    /** Null when {@code actual} and {@code expected} hold the same schema; otherwise what differs first. */
    static String difference(ConnectionInfo actual, ConnectionInfo expected) {
        Schema a = Inspector.inspect(actual, PUBLIC).schema();
        Schema e = Inspector.inspect(expected, PUBLIC).schema();
        if (a.equals(e)) {
            return null;
        }
        Map<String, Table> got = a.tables().stream().collect(Collectors.toMap(t -> t.name().toString(), Function.identity()));
        List<String> differing = new ArrayList<>();
        String first = null;
        for (Table want : e.tables()) {
            Table have = got.remove(want.name().toString());
            if (have == null) {
                differing.add(want.name().toString());
                first = first != null ? first : want.name() + " missing";
            } else if (!have.equals(want)) {
                differing.add(want.name().toString());
                first = first != null ? first : want.name() + firstColumn(have, want);
            }
        }
        differing.addAll(got.keySet());
        if (first == null && !got.isEmpty()) {
            first = got.keySet().iterator().next() + " not wanted";
        }
        if (differing.isEmpty()) {
            return "the tables agree; other objects (sequences, routines, triggers, …) differ";
        }
        return differing.size() + " table(s) differ, first " + first;
    }

    private static String firstColumn(Table have, Table want) {
        for (Column c : want.columns()) {
            Column h = have.columns().stream().filter(x -> x.name().equals(c.name())).findFirst().orElse(null);
            if (h == null) {
                return " (column " + c.name() + " missing)";
            }
            if (!h.equals(c)) {
                return h.identity() != c.identity() ? " (column " + c.name() + ": identity " + c.identity() + " became "
                        + h.identity() + ")" : " (column " + c.name() + ")";
            }
        }
        return " (constraints or indexes)";
    }

    /** Runs a tool's SQL script on {@code db}, each statement as the script separates them; null, or why it failed. */
    static String apply(ConnectionInfo db, String script) {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(script);
            return null;
        } catch (SQLException e) {
            return "its SQL fails: " + e.getMessage().lines().findFirst().orElse("");
        }
    }
}
