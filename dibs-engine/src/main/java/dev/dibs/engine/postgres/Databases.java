package dev.dibs.engine.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code CREATE DATABASE} and {@code DROP DATABASE} as dibs sends them on an admin connection. Neither
 * takes a bound parameter, so PostgreSQL composes each from bound names ({@code sql/create-database.sql},
 * {@code sql/drop-database.sql}: {@code format('%I')} quotes them) and dibs runs what it returned.
 *
 * <p>On a server dibs started and discards (no one else's work to disturb), from PostgreSQL 15 on,
 * the template's files are copied ({@code STRATEGY FILE_COPY}): WAL_LOG, the default, writes the whole
 * template to the WAL, which took 100 ms for template0 against FILE_COPY's 20 (its two checkpoints
 * are cheap there, with little to write). A server dibs did not start keeps the default: a checkpoint
 * forced on someone's server is not dibs's to take.
 */
public final class Databases {

    private Databases() {
    }

    /** Creates {@code name} on {@code server}, through its admin connection {@code admin}, as a copy of {@code template}. */
    public static void create(Connection admin, PostgresServer server, String name, String template) throws SQLException {
        boolean fileCopy = server.discardedWhenClosed() && server.majorVersion() >= 15;
        run(admin, composed(admin, "create-database", name, template, fileCopy));
    }

    /** Drops {@code name} if it exists, ending its other sessions first, on a server of {@code majorVersion}. */
    public static void drop(Connection admin, String name, int majorVersion) throws SQLException {
        boolean force = majorVersion >= 13;
        if (!force) {
            try (PreparedStatement terminate = admin.prepareStatement(SqlResources.load(Databases.class, "terminate-database-sessions"))) {
                terminate.setString(1, name);
                terminate.executeQuery().close();
            }
        }
        run(admin, composed(admin, "drop-database", name, force));
    }

    /** The statement the resource {@code resource} composes from {@code values}, bound in order. */
    private static String composed(Connection admin, String resource, Object... values) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement(SqlResources.load(Databases.class, resource))) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void run(Connection admin, String sql) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }
}
