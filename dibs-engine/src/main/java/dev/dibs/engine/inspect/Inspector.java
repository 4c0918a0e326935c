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
        query(connection, "server", false, names, "read the server version and " + where, rs -> {
            rs.next();
            version[0] = rs.getInt("version_num");
            existing.addAll(Arrays.asList((String[]) rs.getArray("existing_schemas").getArray()));
        });
        Map<QualifiedName, TableParts> tables = new LinkedHashMap<>();
        query(connection, "tables", true, names, "inspect tables of " + where, rs -> {
            while (rs.next()) {
                QualifiedName name = new QualifiedName(rs.getString("schema_name"), rs.getString("table_name"));
                tables.put(name, new TableParts(name, rs.getString("comment")));
            }
        });
        query(connection, "columns", true, names, "inspect columns of " + where, rs -> ColumnRows.read(rs, tables));
        query(connection, "constraints", true, names, "inspect constraints of " + where, rs -> ConstraintRows.read(rs, tables));
        query(connection, "indexes", true, names, "inspect indexes of " + where, rs -> IndexRows.read(rs, tables));
        List<EnumType> enums = new ArrayList<>();
        query(connection, "enums", false, names, "inspect enum types of " + where, rs -> {
            while (rs.next()) {
                enums.add(new EnumType(new QualifiedName(rs.getString("schema_name"), rs.getString("type_name")),
                        ConstraintRows.strings(rs, "labels"), rs.getString("comment")));
            }
        });
        List<NotManaged> notes = new ArrayList<>();
        query(connection, "unmanaged", false, names, "look for objects dibs does not manage in " + where, rs -> {
            while (rs.next()) {
                notes.add(new NotManaged(rs.getString("kind"), rs.getString("schema_name"), rs.getString("object_name"),
                        rs.getString("detail")));
            }
        });
        Schema schema = Normalizer.normalize(new Schema(existing, tables.values().stream().map(TableParts::build).toList(), enums));
        return new Inspection(schema, notes, version[0]);
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

    private static void query(Connection connection, String name, boolean perTable, Array schemas, String what,
                              RowsReader reader) throws SQLException {
        String sql = perTable ? CatalogSql.withManagedTables(name) : CatalogSql.load(name);
        step(what, () -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int parameters = sql.split("\\?::text\\[\\]", -1).length - 1;
                for (int i = 1; i <= parameters; i++) {
                    ps.setArray(i, schemas);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }
}
