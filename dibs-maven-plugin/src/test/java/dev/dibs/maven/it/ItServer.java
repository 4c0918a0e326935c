package dev.dibs.maven.it;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL server that outlives the Maven invocations of one invoker IT: started by the IT's
 * {@code prebuild.groovy} in the JVM running the invoker plugin, reached by the forked builds
 * through the user properties the hook sets, stopped by its {@code verify.groovy}.
 *
 * <p>The ITs that need one are those where a database must be known before Maven starts: two
 * databases to compare ({@code -Ddibs.referenceUrl}), or a role whose password lives, encrypted,
 * in settings.xml. A shutdown hook stops the server if a failed IT never reaches its
 * {@code verify.groovy}.
 */
public final class ItServer implements AutoCloseable {
    private final PostgresServer server;
    private final Thread stopOnExit;
    private final List<ConnectionInfo> databases = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();

    private ItServer(PostgresServer server) {
        this.server = server;
        this.stopOnExit = new Thread(server::close, "dibs-it-server-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts a throwaway embedded server (or uses {@code DIBS_TEST_DATABASE_URL}, like the test suites). */
    public static ItServer start() {
        // as the plugin does for its dev database: no start/stop chatter in the outer build's log
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.io.zonky", "warn");
        return new ItServer(PostgresServers.fromEnvironment());
    }

    /** A new database, owned by the admin role, with {@code sqlFile} run in it when not null. */
    public ConnectionInfo database(String prefix, Path sqlFile) throws IOException, SQLException {
        ConnectionInfo database = created(prefix);
        if (sqlFile != null) {
            execute(database, Files.readString(sqlFile));
        }
        return database;
    }

    /**
     * A login role with {@code password} that owns a new database; what a team's application
     * user looks like. The admin credentials are not handed out.
     */
    public ConnectionInfo ownedDatabase(String prefix, String role, String password) throws SQLException {
        ConnectionInfo database = created(prefix);
        // a run killed before its verify.groovy may have left the role on a shared server
        execute(server.admin(), "DROP ROLE IF EXISTS " + role);
        roles.add(role);
        execute(server.admin(), "CREATE ROLE " + role + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
        execute(server.admin(), "ALTER DATABASE " + database.database() + " OWNER TO " + role);
        execute(database, "ALTER SCHEMA public OWNER TO " + role);
        return new ConnectionInfo(database.url(), role, password);
    }

    private ConnectionInfo created(String prefix) {
        ConnectionInfo database = server.createDatabase(prefix);
        databases.add(database);
        return database;
    }

    /** Runs SQL (several statements allowed) in a database. */
    public static void execute(ConnectionInfo database, String sql) throws SQLException {
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of every row a query returns, as text. */
    public static List<String> column(ConnectionInfo database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** E.g. "embedded PostgreSQL 17.7 on port 54321". */
    public String description() {
        return server.description();
    }

    /** Drops what it made (which matters on a shared server, {@code DIBS_TEST_DATABASE_URL}), then stops the server if it started it. */
    @Override
    public void close() {
        databases.forEach(server::dropDatabase);
        for (String role : roles) {
            try {
                execute(server.admin(), "DROP ROLE IF EXISTS " + role);
            } catch (SQLException e) {
                System.err.println("could not drop the IT's role " + role + ": " + e.getMessage());
            }
        }
        server.close();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyExiting) {
            // the hook is running or about to: nothing left to do
        }
    }
}
