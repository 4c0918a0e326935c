package dev.dibs.engine.canonical;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.Origins;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.render.CreateScript;
import dev.dibs.engine.render.Sql;
import dev.dibs.engine.render.ScriptStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A throwaway database on a scratch server (never the target: see {@link ScratchServers}), with
 * the extensions of the databases compared created first, in their schemas, so that what they
 * provide (types, functions, operator classes) exists there too. A database comparison builds the
 * reference's schema in it with dibs's own {@code CREATE} statements, reads back what PostgreSQL
 * made of them, and has the reference's own definitions re-printed there. Dropped on close.
 */
public final class ScratchDatabase implements AutoCloseable {

    /** A statement dibs's script could not run here, and what PostgreSQL said. */
    public record Failure(String origin, String sql, String message) {
    }

    /** What PostgreSQL built from dibs's statements, and the statements it refused (each left out). */
    public record Built(Inspection inspection, List<Failure> failures) {
        public Built {
            failures = List.copyOf(failures);
        }
    }

    /**
     * One of the reference's own definitions to re-print: an index's definition from {@code USING}
     * on ({@code UNIQUE } before it when unique), or a constraint's {@code pg_get_constraintdef},
     * on {@code table} (its name, quoted and qualified as SQL).
     */
    public record Reprint(String id, boolean index, QualifiedName table, String definition) {
    }

    private final PostgresServer server;
    private final ConnectionInfo info;
    private final Connection admin;
    private final Connection connection;
    /** The role that builds, dropped with the database; null when the server's user builds as itself. */
    private final String role;
    private final List<Extension> missing;

    private ScratchDatabase(PostgresServer server, ConnectionInfo info, Connection admin, Connection connection, String role,
                            List<Extension> missing) {
        this.server = server;
        this.info = info;
        this.role = role;
        this.admin = admin;
        this.connection = connection;
        this.missing = List.copyOf(missing);
    }

    /**
     * A new database on {@code server}, holding each of {@code extensions} the server has, and a role
     * of its own (named as the database, with a random password) that owns it and its schemas (public
     * through pg_database_owner from PostgreSQL 15 on; on 14 anyone may create there) and
     * builds everything in it: what is built comes from annotation text, SQL files and another
     * database's definitions, and a function PostgreSQL runs while building it (an immutable call
     * folded into an index expression, a partition bound) must not run as a superuser — no
     * {@code COPY … TO PROGRAM}, no server files, no untrusted language. The superuser's session
     * ({@link #admin()}) only creates extensions and roles.
     */
    public static ScratchDatabase create(PostgresServer server, List<Extension> extensions) {
        ConnectionInfo info = server.createDatabase("dibs_scratch");
        Connection c = null;
        Connection built = null;
        String role = null;
        try {
            c = info.open();
            List<Extension> missing = createExtensions(c, extensions);
            if (!superuser(c)) { // an existing server's user without the powers to fear: it builds as itself
                return new ScratchDatabase(server, info, c, c, null, missing);
            }
            // a name of its own: the database may be one a throwaway server lends (its maintenance database, "postgres")
            role = "dibs_builder_" + Long.toHexString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE);
            String password = dev.dibs.engine.postgres.Passwords.random();
            try (Statement s = c.createStatement()) {
                List<String> sql = new ArrayList<>(List.of(Sql.createBuilderRole(role, password),
                        Sql.ownerTo("DATABASE", info.database(), role)));
                try (ResultSet rs = s.executeQuery(SqlResources.load(ScratchDatabase.class, "builder-schemas"))) {
                    while (rs.next()) {
                        sql.add(Sql.ownerTo("SCHEMA", rs.getString(1), role));
                    }
                }
                s.execute(String.join(";\n", sql));
            }
            built = new ConnectionInfo(info.url(), role, password).open();
            return new ScratchDatabase(server, info, c, built, role, missing);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(built, e);
            closeQuietly(c, e);
            try {
                server.dropDatabase(info);
            } catch (RuntimeException dropFailure) {
                e.addSuppressed(dropFailure);
            }
            dropRoleQuietly(server, role, e);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new DibsException("cannot prepare the scratch database on " + server.description()
                    + (extensions.isEmpty() ? "" : " (with the extensions " + extensions + ")") + ": " + describe((SQLException) e), e);
        }
    }

    /** The extensions asked for that this server does not have: nothing of theirs exists here. */
    public List<Extension> missingExtensions() {
        return missing;
    }

    /** The session of the role that builds the database: everything but extensions and roles runs here. */
    Connection connection() {
        return connection;
    }

    /** The superuser's session: for {@code CREATE EXTENSION} and roles only, never for text from annotations or files. */
    Connection admin() {
        return admin;
    }

    private static List<Extension> createExtensions(Connection c, List<Extension> extensions) throws SQLException {
        if (extensions.isEmpty()) {
            return List.of();
        }
        Set<String> available = new HashSet<>();
        Set<List<String>> versions = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SqlResources.load(ScratchDatabase.class, "available-extensions"))) {
            while (rs.next()) {
                available.add(rs.getString(1));
                versions.add(List.of(rs.getString(1), rs.getString(2)));
            }
        }
        List<Extension> missing = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (Extension e : extensions) {
            if (!available.contains(e.name())) {
                missing.add(e);
                continue;
            }
            // at the database's version when this server has it, else at its default one (a plan then updates it)
            String version = e.version() != null && versions.contains(List.of(e.name(), e.version())) ? e.version() : null;
            sql.append(Sql.createExtension(e.name(), e.schema(), version)).append(";\n");
        }
        if (!sql.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute(sql.toString());
            }
        }
        return missing;
    }

    /**
     * Builds {@code schema} with dibs's own {@code CREATE} statements and reads it back. A statement
     * PostgreSQL refuses (a type only the original database has, an index without a default operator
     * class) is left out and reported; the rest is built.
     */
    public Built build(Schema schema) {
        // Without triggers: they are compared as the reference printed them, and their functions
        // (not built here) would make each one fail and the whole build go statement by statement.
        // Views likewise: compared as printed, and a view over a function not built here would fail.
        // Policies too: compared as printed, and their roles and functions need not exist here.
        List<ScriptStatement> script = CreateScript.of(schema.withTriggers(List.of()).withViews(List.of()).withMaterializedViews(List.of())
                .withPolicies(List.of()),
                new Origins(Map.of(), Map.of()));
        try {
            List<Failure> failures = runAtOnce(script) ? List.of() : runOneByOne(script);
            return new Built(Inspector.inspect(connection, schema.namespaces()), failures);
        } catch (SQLException e) {
            throw new DibsException("cannot use the scratch database on " + server.description() + ": " + describe(e), e);
        }
    }

    private boolean runAtOnce(List<ScriptStatement> script) throws SQLException {
        if (script.isEmpty()) {
            return true;
        }
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String batch : ScriptStatement.batches(script)) {
                s.execute(batch);
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            return false;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** After a failure only: each statement in a savepoint, keeping those PostgreSQL accepts. */
    private List<Failure> runOneByOne(List<ScriptStatement> script) throws SQLException {
        List<Failure> failures = new ArrayList<>();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (ScriptStatement statement : script) {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    s.execute(statement.sql());
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    connection.rollback(savepoint);
                    failures.add(new Failure(statement.origin(), statement.sql().replaceAll("\\s+", " "), describe(e)));
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
        return failures;
    }

    /**
     * The given definitions as PostgreSQL stores them once re-created here (under names of dibs's
     * own, on the tables built before, in a transaction rolled back afterwards), by id; a definition
     * it refuses is absent. One statement for all, one by one only after a refusal.
     */
    public Map<String, String> reprint(List<Reprint> definitions) {
        Map<String, String> out = new LinkedHashMap<>();
        if (definitions.isEmpty()) {
            return out;
        }
        Map<String, Reprint> byName = new LinkedHashMap<>();
        List<String> statements = new ArrayList<>();
        for (Reprint r : definitions) {
            String name = "dibs_reprint_" + byName.size();
            byName.put(name, r);
            statements.add(r.index() ? Sql.createIndexAs(name, r.table(), r.definition())
                    : Sql.addConstraint(r.table(), name, r.definition()));
        }
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                // as the inspection prints them: every name qualified
                String pinned = "SET LOCAL search_path = pg_catalog";
                try {
                    s.execute(pinned + ";\n" + String.join(";\n", statements));
                } catch (SQLException e) {
                    connection.rollback();
                    s.execute(pinned);
                    for (String statement : statements) {
                        Savepoint savepoint = connection.setSavepoint();
                        try {
                            s.execute(statement);
                            connection.releaseSavepoint(savepoint);
                        } catch (SQLException refused) {
                            connection.rollback(savepoint);
                        }
                    }
                }
                try (PreparedStatement ps = connection.prepareStatement(SqlResources.load(ScratchDatabase.class, "reprinted"))) {
                    ps.setArray(1, connection.createArrayOf("text", byName.keySet().toArray()));
                    ps.setArray(2, connection.createArrayOf("text", byName.keySet().toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(byName.get(rs.getString("object_name")).id(), rs.getString("definition"));
                        }
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DibsException("cannot use the scratch database on " + server.description() + ": " + describe(e), e);
        }
        return out;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        try {
            connection.close();
            admin.close(); // the same session when the server's user is no superuser
        } catch (SQLException e) {
            failure = new DibsException("cannot close the scratch database on " + server.description() + ": " + describe(e), e);
        }
        try {
            server.dropDatabase(info);
            if (role != null) {
                dropRole(server, role);
            }
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static boolean superuser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SqlResources.load(ScratchDatabase.class, "is-superuser"))) {
            return rs.next() && "on".equals(rs.getString(1));
        }
    }

    /**
     * The database's own role, once the database is gone (roles belong to the server). A database a
     * throwaway server lent is not dropped and still holds what the role built: the role then goes
     * with the server.
     */
    private static void dropRole(PostgresServer server, String role) {
        if (role == null) {
            return;
        }
        try (Connection c = server.admin().open(); Statement s = c.createStatement()) {
            s.execute(Sql.dropRoleIfExists(role));
        } catch (SQLException e) {
            if (!server.discardedWhenClosed()) {
                throw new DibsException("cannot drop the role " + role + " of a scratch database: " + describe(e), e);
            }
        }
    }

    private static void dropRoleQuietly(PostgresServer server, String role, Exception failure) {
        try {
            dropRole(server, role);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c, Exception failure) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }


    /**
     * What PostgreSQL said: its message, then its detail (which columns and types a foreign key
     * cannot compare, say: the message alone only says it "cannot be implemented") and its hint.
     */
    static String describe(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            return m.getMessage() + (m.getDetail() == null ? "" : " (" + m.getDetail() + ")")
                    + (m.getHint() == null ? "" : " (hint: " + m.getHint() + ")");
        }
        return e.getMessage();
    }
}
