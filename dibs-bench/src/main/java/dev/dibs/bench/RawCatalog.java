package dev.dibs.bench;

import dev.dibs.engine.inspect.Inspector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor of introspection: the inspector's own catalog queries (its resource files), sent the
 * way it sends them, in one read-only transaction, with every value of every row read, and no model
 * built.
 */
final class RawCatalog {

    private static final List<String> PER_TABLE = List.of("tables", "columns", "constraints", "indexes");
    private static final List<String> OTHERS = List.of("enums", "unmanaged");

    private RawCatalog() {
    }

    /** Returns the number of values read. */
    static long read(Connection c, List<String> schemas) throws SQLException {
        long values = 0;
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute(sql("session"));
            }
            Array names = c.createArrayOf("text", schemas.toArray());
            values += query(c, sql("server"), names);
            for (String name : PER_TABLE) {
                values += query(c, "WITH managed AS (\n" + sql("managed-tables") + "\n)\n" + sql(name), names);
            }
            for (String name : OTHERS) {
                values += query(c, sql(name), names);
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
        for (String name : List.of("server", "tables", "columns", "constraints", "indexes", "enums", "unmanaged")) {
            String sql = PER_TABLE.contains(name) ? "WITH managed AS (\n" + sql("managed-tables") + "\n)\n" + sql(name) : sql(name);
            out.put(name, Timing.median(1, runs, () -> query(c, sql, names)));
        }
        return out;
    }

    private static long query(Connection c, String sql, Array names) throws SQLException {
        long values = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int parameters = sql.split("\\?::text\\[\\]", -1).length - 1;
            for (int i = 1; i <= parameters; i++) {
                ps.setArray(i, names);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object v = rs.getObject(i);
                        if (v instanceof Array a) {
                            a.getArray();
                        }
                        values++;
                    }
                }
            }
        }
        return values;
    }

    static String sql(String name) {
        String path = "sql/" + name + ".sql";
        try (InputStream in = Inspector.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query " + path + " beside the inspector");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
