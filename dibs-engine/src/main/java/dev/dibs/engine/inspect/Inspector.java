package dev.dibs.engine.inspect;

import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Normalizer;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the live schema from {@code pg_catalog} into the model: eight statements, whatever the
 * number of tables, all in one read-only repeatable-read transaction with a pinned
 * {@code search_path}, so that every query sees the same snapshot and prints names the same way.
 * The result is {@linkplain Normalizer normalised}.
 */
public final class Inspector {

    /** The statements one inspection sends; a test holds the inspector to it. */
    public static final int STATEMENTS = 8;

    private Inspector() {
    }

    /**
     * Inspects {@code schemas} through {@code connection}, which must be in auto-commit mode: the
     * inspection runs in a transaction of its own and ends it.
     */
    public static Inspection inspect(Connection connection, List<String> schemas) {
        String where = "schemas " + schemas;
        try {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("inspect needs a connection in auto-commit mode; it runs its own read-only transaction");
            }
            connection.setAutoCommit(false);
            try {
                Inspection result = run(connection, schemas, where);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new InspectionException("inspect " + where, e);
        }
    }

    private static Inspection run(Connection connection, List<String> schemas, String where) throws SQLException {
        Array names = connection.createArrayOf("text", schemas.toArray());
        step("start the inspection transaction of " + where, () -> {
            try (Statement s = connection.createStatement()) {
                s.execute(CatalogSql.load("session"));
            }
            return null;
        });
        int[] version = new int[1];
        List<String> existing = new ArrayList<>();
        query(connection, "server", false, 0, names, null, "read the server version and " + where, rs -> {
            rs.next();
            version[0] = rs.getInt("version_num");
            existing.addAll(Arrays.asList((String[]) rs.getArray("existing_schemas").getArray()));
        });
        Map<Long, TableParts> tables = new LinkedHashMap<>();
        query(connection, "tables", true, version[0], names, null, "inspect tables of " + where, rs -> {
            while (rs.next()) {
                QualifiedName name = new QualifiedName(rs.getString("schema_name"), rs.getString("table_name"));
                tables.put(rs.getLong("table_oid"), new TableParts(name, rs.getString("comment")));
            }
        });
        Array oids = connection.createArrayOf("oid", tables.keySet().toArray());
        query(connection, "columns", false, version[0], names, oids, "inspect columns of " + where, rs -> ColumnRows.read(rs, tables));
        query(connection, "constraints", false, version[0], names, oids, "inspect constraints of " + where,
                rs -> ConstraintRows.read(rs, tables));
        query(connection, "indexes", false, version[0], names, oids, "inspect indexes of " + where, rs -> IndexRows.read(rs, tables));
        List<EnumType> enums = new ArrayList<>();
        query(connection, "enums", false, version[0], names, null, "inspect enum types of " + where, rs -> {
            while (rs.next()) {
                enums.add(new EnumType(new QualifiedName(rs.getString("schema_name"), rs.getString("type_name")),
                        ConstraintRows.strings(rs, "labels"), rs.getString("comment")));
            }
        });
        List<NotManaged> notes = new ArrayList<>();
        query(connection, "unmanaged", false, version[0], names, null, "look for objects dibs does not manage in " + where, rs -> {
            while (rs.next()) {
                notes.add(new NotManaged(rs.getString("kind"), rs.getString("schema_name"), rs.getString("object_name"),
                        rs.getString("detail")));
            }
        });
        Schema schema = Normalizer.normalize(new Schema(existing, tables.values().stream().map(TableParts::build).toList(), enums));
        return new Inspection(schema, notes, version[0]);
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?::(text\\[\\]|pg_catalog\\.oid\\[\\])");

    /**
     * Binds a catalog query's parameters by their type: {@code ?::text[]} the schema names,
     * {@code ?::pg_catalog.oid[]} the managed tables' oids (what tables.sql returned).
     */
    public static void bind(PreparedStatement ps, String sql, Array schemaNames, Array tableOids) throws SQLException {
        Matcher m = PARAMETER.matcher(sql);
        for (int i = 1; m.find(); i++) {
            boolean names = m.group(1).startsWith("text");
            if (!names && tableOids == null) {
                throw new IllegalArgumentException("this catalog query takes the managed tables' oids (from tables.sql): " + sql);
            }
            ps.setArray(i, names ? schemaNames : tableOids);
        }
    }

    /** The session statement, sent first in the inspection's transaction. */
    public static String sessionStatement() {
        return CatalogSql.load("session");
    }

    /**
     * The catalog queries in the order an inspection sends them, exactly as sent to a server of
     * {@code versionNum} ({@code server_version_num}), to be bound with {@link #bind}; "tables"
     * returns the {@code table_oid}s the next three take. For benchmarks that measure the floor
     * of introspection.
     */
    public static Map<String, String> catalogQueries(int versionNum) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("server", catalogQuery("server", false, versionNum));
        queries.put("tables", catalogQuery("tables", true, versionNum));
        for (String name : List.of("columns", "constraints", "indexes")) {
            queries.put(name, catalogQuery(name, false, versionNum));
        }
        queries.put("enums", catalogQuery("enums", false, versionNum));
        queries.put("unmanaged", catalogQuery("unmanaged", false, versionNum));
        return queries;
    }

    private static String catalogQuery(String name, boolean withManaged, int versionNum) {
        return CatalogSql.forVersion(withManaged ? CatalogSql.withManagedTables(name) : CatalogSql.load(name), versionNum);
    }

    private interface RowsReader {
        void read(ResultSet rs) throws SQLException;
    }

    private interface Step<T> {
        T run() throws SQLException;
    }

    private static <T> T step(String what, Step<T> step) throws SQLException {
        try {
            return step.run();
        } catch (SQLException e) {
            throw new InspectionException(what, e);
        }
    }

    /**
     * Runs a catalog query. Its parameters are typed in the SQL: each {@code ?::text[]} gets the
     * schema names, each {@code ?::pg_catalog.oid[]} the managed tables' oids.
     */
    private static void query(Connection connection, String name, boolean withManaged, int versionNum, Array schemas,
                              Array tableOids, String what, RowsReader reader) throws SQLException {
        String sql = catalogQuery(name, withManaged, versionNum);
        step(what, () -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bind(ps, sql, schemas, tableOids);
                try (ResultSet rs = ps.executeQuery()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }
}
