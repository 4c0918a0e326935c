package dev.dibs.engine.testing;

import dev.dibs.engine.postgres.ConnectionInfo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh, empty database of its own for one test method, dropped after it. Injected by
 * {@link PostgresExtension}.
 *
 * <p>The helpers throw {@link SQLException} unchanged so a failing statement fails the test with
 * PostgreSQL's own message.
 */
public record TestDatabase(ConnectionInfo info) {

    /** The database's name, e.g. {@code t_4242_7}. */
    public String name() {
        return info.database();
    }

    /** A new connection; close it (try-with-resources). */
    public Connection connect() throws SQLException {
        return info.open();
    }

    /**
     * Runs a script of one or more statements separated by semicolons, e.g. a schema's DDL, in
     * autocommit mode (so a failure leaves the statements before it applied).
     */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of the first row, or null when there is no row. */
    public String queryString(String sql) throws SQLException {
        List<String> values = queryStrings(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first column of every row, in the query's order. */
    public List<String> queryStrings(String sql) throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    /** Whether a table of exactly this name exists in schema {@code public}. */
    /**
     * Waits until no session dibs opened ({@code application_name} dibs) is left on this database,
     * then asserts so: a closed connection leaves pg_stat_activity when its backend has exited, so
     * a deadline, not a guess.
     */
    public void assertNoDibsConnectionLeft() throws SQLException {
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND application_name = 'dibs' AND pid <> pg_backend_pid()";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        String open = queryString(sql);
        while (!open.equals("0") && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(20));
            open = queryString(sql);
        }
        if (!open.equals("0")) {
            throw new AssertionError(open + " connections dibs opened are still open on " + name());
        }
    }

    public boolean hasTable(String table) throws SQLException {
        return !"0".equals(queryString("SELECT count(*) FROM pg_catalog.pg_tables"
                + " WHERE schemaname = 'public' AND tablename = '" + table.replace("'", "''") + "'"));
    }

    /** The server's major version, e.g. 17. */
    public int majorVersion() throws SQLException {
        return Integer.parseInt(queryString("SELECT current_setting('server_version_num')::int / 10000"));
    }
}
