package dev.dibs.engine.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one {@link PostgresServer} implementation. Embedded, Docker and existing servers differ only
 * in how they start and stop, so each launcher hands over an admin connection and a way to stop;
 * creating and dropping databases is the same everywhere.
 */
final class RunningPostgresServer implements PostgresServer {
    /** Short enough that prefix, pid and counter stay far below the 63-byte identifier limit. */
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,29}");
    /** Shared by all servers of this JVM, so names stay unique even across server objects. */
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final int NAME_ATTEMPTS = 100;
    private static final String DUPLICATE_DATABASE = "42P04";

    private final String description;
    private final ConnectionInfo admin;
    private final AdminSession session;
    private final int majorVersion;
    private final AutoCloseable stopper;
    private final boolean stopDiscardsData;
    /** Every database this object created, and those of them not dropped yet. */
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Databases besides the maintenance one that the cluster came with and nothing has connected to. */
    private final List<String> untouched;
    /** The server's version text and number, e.g. "17.7 170007". */
    private final String version;
    private final String identity;

    private RunningPostgresServer(String description, ConnectionInfo admin, int majorVersion,
                                  AutoCloseable stopper, boolean stopDiscardsData, List<String> untouched,
                                  String version, String identity) {
        this.version = version;
        this.identity = identity;
        this.description = description;
        this.admin = admin;
        this.session = new AdminSession(admin);
        this.majorVersion = majorVersion;
        this.stopper = stopper;
        this.stopDiscardsData = stopDiscardsData;
        this.untouched = List.copyOf(untouched);
    }

    /**
     * Connects once to learn the server version, which also proves the credentials work.
     *
     * @param describe         builds the description from the version text, e.g. "17.7"
     * @param stopper          stops what the launcher started; closed here too if connecting fails
     * @param stopDiscardsData true when stopping deletes the whole cluster, so dropping the
     *                         remaining scratch databases first would only waste time
     */
    static RunningPostgresServer connect(ConnectionInfo admin, Function<String, String> describe,
                                         AutoCloseable stopper, boolean stopDiscardsData) {
        return connect(admin, describe, stopper, stopDiscardsData, List.of());
    }

    /** As above, for a cluster that comes with {@code untouched} databases nothing has connected to yet. */
    static RunningPostgresServer connect(ConnectionInfo admin, Function<String, String> describe,
                                         AutoCloseable stopper, boolean stopDiscardsData, List<String> untouched) {
        try (Connection connection = admin.open()) {
            return on(connection, admin, describe, stopper, stopDiscardsData, untouched);
        } catch (SQLException e) {
            closeQuietly(stopper, e);
            throw ServerErrors.connectFailed(admin, e);
        }
    }

    /**
     * As above, through a connection the launcher has open already (signing in again would cost a
     * second authentication); the caller closes it, and the stopper when this fails.
     */
    static RunningPostgresServer on(Connection connection, ConnectionInfo admin, Function<String, String> describe,
                                    AutoCloseable stopper, boolean stopDiscardsData, List<String> untouched) throws SQLException {
        String sql = "SELECT current_setting('server_version'), current_setting('server_version_num')::int";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            // Packagers append text, e.g. "16.4 (Debian 16.4-1.pgdg120+1)"; keep the number.
            String version = rs.getString(1).split(" ")[0];
            return new RunningPostgresServer(describe.apply(version), admin, rs.getInt(2) / 10000,
                    stopper, stopDiscardsData, untouched, version + " " + rs.getInt(2), null);
        }
    }

    /**
     * This server, known as one dibs initialised and started for this run from its cluster template
     * {@code template} (named by the binaries jar, its size and time): its cluster settings are
     * dibs's, so those binaries say what it prints and which extensions it has (see {@link #identity}).
     */
    RunningPostgresServer ofDibsBinaries(String template) {
        return new RunningPostgresServer(description, admin, majorVersion, stopper, stopDiscardsData, untouched, version,
                throwawayIdentity(template));
    }

    /** The version text and number, e.g. "17.7 170007". */
    String version() {
        return version;
    }

    /** The {@link #identity} of a throwaway server started from the cluster template named {@code template}. */
    static String throwawayIdentity(String template) {
        return "throwaway embedded PostgreSQL from " + template;
    }

    @Override
    public String identity() {
        return identity;
    }

    /** The databases the cluster came with that nothing has connected to, for {@link OneRunServer}. */
    List<String> untouched() {
        return untouched;
    }

    @Override
    public boolean discardedWhenClosed() {
        return stopDiscardsData;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int majorVersion() {
        return majorVersion;
    }

    @Override
    public ConnectionInfo admin() {
        return admin;
    }

    @Override
    public ConnectionInfo createDatabase(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("database prefix must be 1-30 lowercase letters, digits"
                    + " or underscores, starting with a letter: " + prefix);
        }
        requireOpen();
        long pid = ProcessHandle.current().pid();
        try {
            return session.run(connection -> create(connection, prefix, pid));
        } catch (SQLException e) {
            throw ServerErrors.actionFailed("create a database", description, admin, e);
        }
    }

    private ConnectionInfo create(Connection connection, String prefix, long pid) throws SQLException {
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            String name = prefix + "_" + pid + "_" + COUNTER.incrementAndGet();
            try {
                // template0 is never connected to, so concurrent creates cannot fail on
                // "source database is being accessed by other users", and it is pristine.
                Databases.create(connection, this, name, "template0");
                created.add(name);
                held.add(name);
                return admin.withDatabase(name);
            } catch (SQLException e) {
                // The name may be left over from a crashed run with the same pid, or belong to
                // another machine sharing this server: take the next number.
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        throw new DatabaseUnavailableException("Could not create a database on " + description
                + ": " + NAME_ATTEMPTS + " names starting with " + prefix + "_" + pid
                + "_ are taken. Drop the leftover databases.");
    }

    @Override
    public void dropDatabase(ConnectionInfo database) {
        if (closed.get()) {
            return; // closing dropped it already, or stopped the whole cluster
        }
        String name = database.database();
        if (!created.contains(name)) {
            throw new IllegalArgumentException("dibs drops only databases it created on this server;"
                    + " database \"" + name + "\" is not one of them");
        }
        if (held.contains(name)) {
            drop(name);
            held.remove(name);
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!stopDiscardsData) {
                dropHeldDatabases();
            }
        } finally {
            session.close(); // before the stop: a server stopping in smart mode waits for its sessions
            try {
                stopper.close();
            } catch (Exception e) {
                throw new DatabaseUnavailableException("Could not stop " + description + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return description;
    }

    private void dropHeldDatabases() {
        for (String name : List.copyOf(held)) {
            try {
                drop(name);
            } catch (DatabaseUnavailableException e) {
                // Best effort: a leftover scratch database is untidy, not wrong, and the next
                // createDatabase steps around its name.
            }
            held.remove(name);
        }
    }

    private void drop(String name) {
        try {
            session.run(connection -> {
                Databases.drop(connection, name, majorVersion);
                return null;
            });
        } catch (SQLException e) {
            throw ServerErrors.actionFailed("drop database " + name, description, admin, e);
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException(description + " is closed");
        }
    }

    private static void closeQuietly(AutoCloseable closeable, Exception primary) {
        try {
            closeable.close();
        } catch (Exception e) {
            primary.addSuppressed(e);
        }
    }
}
