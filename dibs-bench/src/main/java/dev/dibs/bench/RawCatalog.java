package dev.dibs.bench;

import dev.dibs.engine.inspect.Inspector;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor of introspection: the inspector's own catalog queries (its resource files), sent the
 * way it sends them, in one read-only transaction, with every value of every row read, and no model
 * built.
 */
final class RawCatalog {

    private RawCatalog() {
    }

    /** Returns the number of values read. */
    static long read(Connection c, List<String> schemas) throws SQLException {
        long values = 0;
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute(Inspector.sessionStatement());
            }
            Array names = c.createArrayOf("text", schemas.toArray());
            Array oids = null;
            Map<String, String> queries = Inspector.catalogQueries(versionNum(c));
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<String, String> q : queries.entrySet()) {
                List<Long> tableOids = new ArrayList<>();
                // unmanaged.sql with the parts for the kinds unmodelled-kinds.sql found, as the inspector sends it
                String sql = q.getKey().equals("unmanaged") ? Inspector.catalogQueries(versionNum(c), kinds).get("unmanaged")
                        : q.getValue();
                values += query(c, sql, names, oids, tableOids, kinds);
                if (q.getKey().equals("tables")) {
                    oids = c.createArrayOf("oid", tableOids.toArray());
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        return values;
    }

    /** The median time of each catalog query alone, in milliseconds, in the order the inspector sends them. */
    static Map<String, Double> perQuery(Connection c, List<String> schemas, int runs) throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        Array names = c.createArrayOf("text", schemas.toArray());
        List<String> kinds = new ArrayList<>();
        query(c, Inspector.catalogQueries(versionNum(c)).get("unmodelled-kinds"), names, null, new ArrayList<>(), kinds);
        Map<String, String> queries = Inspector.catalogQueries(versionNum(c), kinds);
        List<Long> tableOids = new ArrayList<>();
        query(c, queries.get("tables"), names, null, tableOids, null);
        Array oids = c.createArrayOf("oid", tableOids.toArray());
        for (Map.Entry<String, String> q : queries.entrySet()) {
            out.put(q.getKey(), Timing.median(1, runs, () -> query(c, q.getValue(), names, oids, new ArrayList<>(), null)));
        }
        return out;
    }

    /** server_version_num's scale (170000 for 17), which is all the catalog queries' version fragments look at. */
    private static int versionNum(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseMajorVersion() * 10000;
    }

    /**
     * Runs one query, reading every value; collects the {@code table_oid} column when there is one,
     * and into {@code kinds}, when given, the {@code unmodelled_kinds} column (of unmodelled-kinds.sql).
     */
    private static long query(Connection c, String sql, Array names, Array oids, List<Long> tableOids, List<String> kinds)
            throws SQLException {
        long values = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Inspector.bind(ps, sql, names, oids);
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof Array a) {
                            a.getArray();
                        }
                        if (i == 1 && rs.getMetaData().getColumnLabel(1).equals("table_oid")) {
                            tableOids.add(rs.getLong(1));
                        }
                        if (kinds != null && rs.getMetaData().getColumnLabel(i).equals("unmodelled_kinds")) {
                            kinds.addAll(List.of((String[]) rs.getArray(i).getArray()));
                        }
                        values++;
                    }
                }
            }
        }
        return values;
    }
}
